package io.genericrepo.it.model;

import io.genericrepo.annotations.Attribute;
import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.SortKey;
import io.genericrepo.annotations.Table;
import java.util.List;

/** Attribute names that are reserved words or contain expression syntax. */
@Table(name = "odd-names")
public record Odd(
        @PartitionKey @Attribute(name = "key") String key,
        @SortKey @Attribute(name = "order") String order,
        @Attribute(name = "a-b") String dash,
        @Attribute(name = "a.b") String dot,
        @Attribute(name = "a b") String space,
        @Attribute(name = "#x") String hash,
        @Attribute(name = ":y") int colon,
        @Attribute(name = "ünï") String unicode,
        @Attribute(name = "SIZE") List<String> size) {}
