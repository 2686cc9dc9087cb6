package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An item collection of a single-table hierarchy: a generated record of one partition's entities.
 *
 * @param type the generated record, such as {@code CustomerWithOrders}
 * @param methodName the repository method, such as {@code customerWithOrders}
 * @param partition the entity owning the partition (one component)
 * @param partitionComponent its component name in the record, such as {@code customer}
 * @param members the other entities (a list component each)
 * @param memberComponents their component names, such as {@code orders}
 */
public record CollectionModel(ClassName type, String methodName, EntityModel partition, String partitionComponent,
        List<EntityModel> members, List<String> memberComponents) {}
