package io.genericrepo.benchmarks.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * {@link Product} as the Enhanced Client's annotated bean, for {@code TableSchema.fromBean}: the
 * usual way to use the EC. Instants through {@link InstantText}, as generic-repo stores them.
 */
@DynamoDbBean
public class ProductBean {

    private String category;
    private String id;
    private int quantity;
    private long views;
    private double price;
    private BigDecimal total;
    private Instant createdAt;
    private boolean active;
    private Product.Status status;
    private List<String> tags;

    /** For the Enhanced Client. */
    public ProductBean() {}

    /**
     * @param p a product
     * @return the same data as a bean
     */
    public static ProductBean of(Product p) {
        ProductBean bean = new ProductBean();
        bean.category = p.category();
        bean.id = p.id();
        bean.quantity = p.quantity();
        bean.views = p.views();
        bean.price = p.price();
        bean.total = p.total();
        bean.createdAt = p.createdAt();
        bean.active = p.active();
        bean.status = p.status();
        bean.tags = p.tags();
        return bean;
    }

    /** @return the same data as a record */
    public Product toProduct() {
        return new Product(category, id, quantity, views, price, total, createdAt, active, status, tags);
    }

    /** @return the partition key */
    @DynamoDbPartitionKey
    public String getCategory() {
        return category;
    }

    /** @param category the partition key */
    public void setCategory(String category) {
        this.category = category;
    }

    /** @return the sort key */
    @DynamoDbSortKey
    public String getId() {
        return id;
    }

    /** @param id the sort key */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the quantity */
    public int getQuantity() {
        return quantity;
    }

    /** @param quantity the quantity */
    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    /** @return the views */
    public long getViews() {
        return views;
    }

    /** @param views the views */
    public void setViews(long views) {
        this.views = views;
    }

    /** @return the price */
    public double getPrice() {
        return price;
    }

    /** @param price the price */
    public void setPrice(double price) {
        this.price = price;
    }

    /** @return the total */
    public BigDecimal getTotal() {
        return total;
    }

    /** @param total the total */
    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    /** @return when it was created */
    @DynamoDbConvertedBy(InstantText.class)
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when it was created */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return whether it is active */
    public boolean isActive() {
        return active;
    }

    /** @param active whether it is active */
    public void setActive(boolean active) {
        this.active = active;
    }

    /** @return the status */
    public Product.Status getStatus() {
        return status;
    }

    /** @param status the status */
    public void setStatus(Product.Status status) {
        this.status = status;
    }

    /** @return the tags */
    public List<String> getTags() {
        return tags;
    }

    /** @param tags the tags */
    public void setTags(List<String> tags) {
        this.tags = tags;
    }
}
