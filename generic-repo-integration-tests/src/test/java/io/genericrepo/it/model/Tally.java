package io.genericrepo.it.model;

import io.genericrepo.annotations.Converter;
import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;

/** A record whose one converted component counts how often items are converted ({@link CountingConverter}). */
@Table(name = "tallies")
public record Tally(@PartitionKey String id, @Converter(CountingConverter.class) Money amount) {}
