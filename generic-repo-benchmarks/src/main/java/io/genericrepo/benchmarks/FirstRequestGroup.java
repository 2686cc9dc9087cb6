package io.genericrepo.benchmarks;

final class FirstRequestGroup {
    FirstRequestGroup(boolean quick) {}

    void run(Results results) {
        throw new UnsupportedOperationException("FirstRequestGroup");
    }
}
