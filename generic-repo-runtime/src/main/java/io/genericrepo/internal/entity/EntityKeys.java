package io.genericrepo.internal.entity;

import io.genericrepo.AttributeConverter;
import io.genericrepo.internal.keys.KeyPart;
import io.genericrepo.internal.keys.KeyTemplate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converters for the typed views of single-table entities: a view's partition key value (the one
 * component of the partition key template) becomes the key string, so that
 * {@code shop.orders().query(customerId)} queries {@code pk = "CUSTOMER#" + customerId}. Internal.
 */
public final class EntityKeys {

    private EntityKeys() {}

    /**
     * @param template a partition key template with one placeholder
     * @param part how its component is written
     * @param <V> the component's type
     * @return the converter between the component and the key string
     */
    public static <V> AttributeConverter<V> partition(KeyTemplate template, KeyPart<V> part) {
        if (template.placeholders().size() != 1) {
            throw new IllegalArgumentException("Key template " + template + " must have exactly one component");
        }
        return new AttributeConverter<>() {
            @Override
            public AttributeValue write(V value) {
                return AttributeValue.fromS(template.render(template.text(0, part, value)));
            }

            @Override
            public V read(AttributeValue value) {
                return template.value(template.split(value.s()), 0, part);
            }
        };
    }
}
