package io.genericrepo.it.model;

import io.genericrepo.annotations.Attribute;
import io.genericrepo.annotations.Converter;
import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every supported component type, for round trips. */
@Table(name = "all-types")
public record AllTypes(
        @PartitionKey String id,
        String text,
        boolean flag,
        Boolean boxedFlag,
        int i,
        Integer boxedI,
        long l,
        Long boxedL,
        short s,
        Short boxedS,
        byte b,
        Byte boxedB,
        float f,
        Float boxedF,
        double d,
        Double boxedD,
        BigDecimal decimal,
        BigInteger bigInteger,
        byte[] bytes,
        UUID uuid,
        Instant instant,
        LocalDate date,
        Color color,
        List<String> strings,
        List<Integer> ints,
        List<Address> addresses,
        List<List<String>> matrix,
        Set<String> stringSet,
        Set<Long> longSet,
        Set<BigDecimal> decimalSet,
        Set<Color> colorSet,
        Map<String, Integer> counts,
        Map<String, Address> addressBook,
        Address address,
        Optional<String> maybe,
        Optional<Address> maybeAddress,
        @Converter(MoneyConverter.class) Money price,
        @Attribute(name = "renamed attr") String renamed) {}
