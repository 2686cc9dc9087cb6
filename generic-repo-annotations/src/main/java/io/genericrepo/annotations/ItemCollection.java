package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An item collection of a single-table design, read in one Query: on the sealed {@link Table}
 * interface, it generates a record holding the {@link #partition()} entity and a list of each
 * other member, and a repository method that reads them from one partition.
 *
 * <pre>{@code
 * @ItemCollection(name = "CustomerWithOrders", partition = Customer.class, members = Order.class)
 * // generates record CustomerWithOrders(Customer customer, List<Order> orders)
 * // and Optional<CustomerWithOrders> ShopItemRepository.customerWithOrders(String id)
 * }</pre>
 *
 * <p>Every member must have the partition entity's partition key template; the partition entity
 * has one item per partition (a sort key template without placeholders, such as {@code "PROFILE"})
 * and is not listed among the members; the name is not that of another type of the package.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ItemCollections.class)
public @interface ItemCollection {

    /** The generated record's simple name, such as {@code CustomerWithOrders}. */
    String name();

    /**
     * The entity that owns the partition, one item per partition; the generated method takes its
     * partition key components.
     */
    Class<?> partition();

    /** The other entities of the partition, each once, each read as a list in sort-key order. */
    Class<?>[] members() default {};
}
