package io.genericrepo.benchmarks;

final class DynaliteGroup {
    DynaliteGroup(boolean quick) {}

    void run(Results results) {
        throw new UnsupportedOperationException("DynaliteGroup");
    }
}
