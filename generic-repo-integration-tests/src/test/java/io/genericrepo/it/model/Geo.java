package io.genericrepo.it.model;

import java.util.List;

/** Nested two deep, holding a third level. */
public record Geo(double lat, double lon, Source source) {

    /** Nested three deep. */
    public record Source(String provider, List<String> notes) {}
}
