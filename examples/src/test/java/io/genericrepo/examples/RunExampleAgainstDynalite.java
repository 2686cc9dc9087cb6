package io.genericrepo.examples;

import io.genericrepo.testing.DynaliteServer;

/**
 * What the README's run command runs: starts the pinned dynalite, runs {@link ExampleApp}
 * against it, and stops it again.
 */
public final class RunExampleAgainstDynalite {

    private RunExampleAgainstDynalite() {}

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        try (DynaliteServer server = DynaliteServer.start()) {
            System.out.println("dynalite at " + server.endpoint());
            ExampleApp.main(new String[] {server.endpoint().toString()});
        }
    }
}
