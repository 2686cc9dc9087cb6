package io.genericrepo.internal.entity;

import io.genericrepo.AttributeConverter;
import io.genericrepo.internal.keys.KeyPart;
import io.genericrepo.internal.keys.KeyTemplate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key strings of a single-table entity, for its generated schema: each component written by
 * its {@link KeyPart}, then rendered by the attribute's {@link KeyTemplate}. A missing component
 * is refused here, naming the record, the attribute and the component, before anything is sent.
 * Internal.
 */
public final class EntityKeys {

    private EntityKeys() {}

    /**
     * @param part how the component is written into a key
     * @param value the component's value, or null
     * @param <V> its type
     * @return its text in a key, or null when the value is null
     */
    public static <V> String text(KeyPart<V> part, V value) {
        return value == null ? null : part.write(value);
    }

    /**
     * @param record the entity's simple name, for messages
     * @param attribute the key attribute, for messages
     * @param template its template
     * @param texts the components' texts, in placeholder order
     * @return the key string
     * @throws IllegalArgumentException naming the record, attribute and component when one is null
     */
    public static String render(String record, String attribute, KeyTemplate template, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == null) {
                throw new IllegalArgumentException("Key attribute " + attribute + " of " + record + " needs component "
                        + template.placeholders().get(i) + ", which is null");
            }
        }
        return template.render((Object[]) texts);
    }

    /**
     * The converter of a typed view's partition key value (the one component of the partition key
     * template) to the key string, so that {@code orders().query(customerId)} queries
     * {@code pk = "CUSTOMER#" + customerId}.
     *
     * @param record the entity's simple name
     * @param attribute the key attribute
     * @param template its template, with one placeholder
     * @param part how the component is written
     * @param <V> the component's type
     * @return the converter
     */
    public static <V> AttributeConverter<V> partition(String record, String attribute, KeyTemplate template,
            KeyPart<V> part) {
        return new AttributeConverter<>() {
            @Override
            public AttributeValue write(V value) {
                return AttributeValue.fromS(render(record, attribute, template, text(part, value)));
            }

            @Override
            public V read(AttributeValue value) {
                return part.read(template.split(value.s())[0]);
            }
        };
    }
}
