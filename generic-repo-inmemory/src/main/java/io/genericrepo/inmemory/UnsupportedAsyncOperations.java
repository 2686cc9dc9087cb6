package io.genericrepo.inmemory;

import io.genericrepo.inmemory.error.Errors;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * Every operation of {@link DynamoDbAsyncClient} that the engine does not implement, each answering with an
 * {@link UnsupportedOperationException} naming the operation, never a wrong result. The SDK's own
 * defaults throw one without a message; the engine's client extends this class and overrides the
 * operations it implements. Written once from the SDK DynamoDbAsyncClient interface (2.57.8); a test checks that
 * no operation of the interface is left to the SDK's silent default.
 */
@SuppressWarnings("deprecation")
abstract class UnsupportedAsyncOperations implements DynamoDbAsyncClient {

    @Override
    public CompletableFuture<BatchExecuteStatementResponse> batchExecuteStatement(BatchExecuteStatementRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("BatchExecuteStatement"));
    }

    @Override
    public CompletableFuture<CreateBackupResponse> createBackup(CreateBackupRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("CreateBackup"));
    }

    @Override
    public CompletableFuture<CreateGlobalTableResponse> createGlobalTable(CreateGlobalTableRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("CreateGlobalTable"));
    }

    @Override
    public CompletableFuture<DeleteBackupResponse> deleteBackup(DeleteBackupRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DeleteBackup"));
    }

    @Override
    public CompletableFuture<DeleteResourcePolicyResponse> deleteResourcePolicy(DeleteResourcePolicyRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DeleteResourcePolicy"));
    }

    @Override
    public CompletableFuture<DescribeBackupResponse> describeBackup(DescribeBackupRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeBackup"));
    }

    @Override
    public CompletableFuture<DescribeContinuousBackupsResponse> describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeContinuousBackups"));
    }

    @Override
    public CompletableFuture<DescribeContributorInsightsResponse> describeContributorInsights(DescribeContributorInsightsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeContributorInsights"));
    }

    @Override
    public CompletableFuture<DescribeEndpointsResponse> describeEndpoints(DescribeEndpointsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeEndpoints"));
    }

    @Override
    public CompletableFuture<DescribeExportResponse> describeExport(DescribeExportRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeExport"));
    }

    @Override
    public CompletableFuture<DescribeGlobalTableResponse> describeGlobalTable(DescribeGlobalTableRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeGlobalTable"));
    }

    @Override
    public CompletableFuture<DescribeGlobalTableSettingsResponse> describeGlobalTableSettings(DescribeGlobalTableSettingsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeGlobalTableSettings"));
    }

    @Override
    public CompletableFuture<DescribeImportResponse> describeImport(DescribeImportRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeImport"));
    }

    @Override
    public CompletableFuture<DescribeKinesisStreamingDestinationResponse> describeKinesisStreamingDestination(DescribeKinesisStreamingDestinationRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeKinesisStreamingDestination"));
    }

    @Override
    public CompletableFuture<DescribeLimitsResponse> describeLimits(DescribeLimitsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeLimits"));
    }

    @Override
    public CompletableFuture<DescribeTableReplicaAutoScalingResponse> describeTableReplicaAutoScaling(DescribeTableReplicaAutoScalingRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DescribeTableReplicaAutoScaling"));
    }

    @Override
    public CompletableFuture<DisableKinesisStreamingDestinationResponse> disableKinesisStreamingDestination(DisableKinesisStreamingDestinationRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("DisableKinesisStreamingDestination"));
    }

    @Override
    public CompletableFuture<EnableKinesisStreamingDestinationResponse> enableKinesisStreamingDestination(EnableKinesisStreamingDestinationRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("EnableKinesisStreamingDestination"));
    }

    @Override
    public CompletableFuture<ExecuteStatementResponse> executeStatement(ExecuteStatementRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ExecuteStatement"));
    }

    @Override
    public CompletableFuture<ExecuteTransactionResponse> executeTransaction(ExecuteTransactionRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ExecuteTransaction"));
    }

    @Override
    public CompletableFuture<ExportTableToPointInTimeResponse> exportTableToPointInTime(ExportTableToPointInTimeRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ExportTableToPointInTime"));
    }

    @Override
    public CompletableFuture<GetResourcePolicyResponse> getResourcePolicy(GetResourcePolicyRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("GetResourcePolicy"));
    }

    @Override
    public CompletableFuture<ImportTableResponse> importTable(ImportTableRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ImportTable"));
    }

    @Override
    public CompletableFuture<ListBackupsResponse> listBackups(ListBackupsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ListBackups"));
    }

    @Override
    public CompletableFuture<ListContributorInsightsResponse> listContributorInsights(ListContributorInsightsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ListContributorInsights"));
    }

    @Override
    public CompletableFuture<ListExportsResponse> listExports(ListExportsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ListExports"));
    }

    @Override
    public CompletableFuture<ListGlobalTablesResponse> listGlobalTables(ListGlobalTablesRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ListGlobalTables"));
    }

    @Override
    public CompletableFuture<ListImportsResponse> listImports(ListImportsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ListImports"));
    }

    @Override
    public CompletableFuture<ListTagsOfResourceResponse> listTagsOfResource(ListTagsOfResourceRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("ListTagsOfResource"));
    }

    @Override
    public CompletableFuture<PutResourcePolicyResponse> putResourcePolicy(PutResourcePolicyRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("PutResourcePolicy"));
    }

    @Override
    public CompletableFuture<RestoreTableFromBackupResponse> restoreTableFromBackup(RestoreTableFromBackupRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("RestoreTableFromBackup"));
    }

    @Override
    public CompletableFuture<RestoreTableToPointInTimeResponse> restoreTableToPointInTime(RestoreTableToPointInTimeRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("RestoreTableToPointInTime"));
    }

    @Override
    public CompletableFuture<SearchVectorsResponse> searchVectors(SearchVectorsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("SearchVectors"));
    }

    @Override
    public CompletableFuture<TagResourceResponse> tagResource(TagResourceRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("TagResource"));
    }

    @Override
    public CompletableFuture<UntagResourceResponse> untagResource(UntagResourceRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("UntagResource"));
    }

    @Override
    public CompletableFuture<UpdateContinuousBackupsResponse> updateContinuousBackups(UpdateContinuousBackupsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("UpdateContinuousBackups"));
    }

    @Override
    public CompletableFuture<UpdateContributorInsightsResponse> updateContributorInsights(UpdateContributorInsightsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("UpdateContributorInsights"));
    }

    @Override
    public CompletableFuture<UpdateGlobalTableResponse> updateGlobalTable(UpdateGlobalTableRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("UpdateGlobalTable"));
    }

    @Override
    public CompletableFuture<UpdateGlobalTableSettingsResponse> updateGlobalTableSettings(UpdateGlobalTableSettingsRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("UpdateGlobalTableSettings"));
    }

    @Override
    public CompletableFuture<UpdateKinesisStreamingDestinationResponse> updateKinesisStreamingDestination(UpdateKinesisStreamingDestinationRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("UpdateKinesisStreamingDestination"));
    }

    @Override
    public CompletableFuture<UpdateTableReplicaAutoScalingResponse> updateTableReplicaAutoScaling(UpdateTableReplicaAutoScalingRequest request) {
        return CompletableFuture.failedFuture(Errors.unsupportedOperation("UpdateTableReplicaAutoScaling"));
    }
}
