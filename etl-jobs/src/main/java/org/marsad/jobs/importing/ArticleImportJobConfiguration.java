package org.marsad.jobs.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import org.marsad.core.ArticleExtractor;
import org.marsad.core.extract.duplicate.MinHash;
import org.marsad.jobs.warehouse.ArticleFactsWriter;
import org.marsad.jobs.warehouse.EntityKeys;
import org.marsad.jobs.warehouse.SourceKeys;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * {@code articleImportJob}: list the input folder into the file lineage, then read, extract and load
 * the registered files in chunks. Each chunk's articles and file rows commit together with the step's
 * restart state, so a restarted run resumes at the first unsettled file.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
public class ArticleImportJobConfiguration {

    public static final String JOB_NAME = "articleImportJob";

    @Bean
    Job articleImportJob(JobRepository jobRepository, Step registerFilesStep, Step extractArticlesStep, Step linkNearDuplicatesStep,
            Step checkEveryFileSettledStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new ExecutionLogContext())
                .start(registerFilesStep)
                .next(extractArticlesStep)
                .next(linkNearDuplicatesStep)
                .next(checkEveryFileSettledStep)
                .build();
    }

    /**
     * The run's invariant, checked last: it is COMPLETED only when no file of its job instance is still
     * PENDING; otherwise it fails naming them, and a restart reads them (the extract and link steps run
     * again on every restart, whatever their earlier status, and read only what is left).
     */
    @Bean
    Step checkEveryFileSettledStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbcTemplate) {
        return new StepBuilder("checkEveryFileSettledStep", jobRepository)
                .tasklet(new EveryFileSettledCheck(jdbcTemplate), transactionManager)
                .build();
    }

    @Bean
    Step registerFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FileRegistrationTasklet fileRegistrationTasklet, DataSource dataSource) {
        return new StepBuilder("registerFilesStep", jobRepository)
                .tasklet(fileRegistrationTasklet, transactionManager)
                .listener(new TableStatisticsRefresh(dataSource, "fact_file"))
                .build();
    }

    /** Runs {@link #extractPartitionStep} over ranges of the registered files, on threads here or on remote workers. */
    @Bean
    Step extractArticlesStep(JobRepository jobRepository, Step extractPartitionStep, FileRangePartitioner fileRangePartitioner,
            PartitionHandler extractPartitionHandler, ImportProgress importProgress) {
        return new StepBuilder("extractArticlesStep", jobRepository)
                .partitioner(extractPartitionStep.getName(), fileRangePartitioner)
                .partitionHandler(extractPartitionHandler)
                .listener(importProgress)
                .allowStartIfComplete(true)
                .build();
    }

    /** Local mode, the default: partitions run on {@code marsad.import.threads} threads of this process. */
    @Bean
    @ConditionalOnExpression("'${marsad.workers.mode:local}' != 'remote'")
    TaskExecutorPartitionHandler extractPartitionHandler(Step extractPartitionStep, ThreadPoolTaskExecutor extractExecutor,
            ImportProperties properties) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(extractPartitionStep);
        handler.setTaskExecutor(extractExecutor);
        handler.setGridSize(properties.partitionCount());
        return handler;
    }

    /** Reads, extracts and loads one range of files, chunk by chunk; each chunk commits its articles and file rows together. */
    @Bean
    Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcPagingItemReader<RegisteredFile> pendingFileReader, ArticleFileProcessor articleFileProcessor,
            ItemWriter<ImportOutcome> articleWriter, ImportProperties properties, DataSource dataSource, ImportProgress importProgress,
            WriteRaces writeRaces) {
        return new StepBuilder("extractPartitionStep", jobRepository)
                .<RegisteredFile, ImportOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .transactionAttribute(readCommitted())
                .reader(pendingFileReader)
                .processor(articleFileProcessor)
                .writer(new FileIsolatingWriter(new TransientFaultRetryingWriter<>(articleWriter, dataSource,
                        TransientFaultRetryingWriter.transientFaults(properties.writeRetries(), properties.writeRetryDelay()), writeRaces)))
                .listener(importProgress.processListener())
                .build();
    }

    /**
     * Partitions write at once: a retried chunk must see what the others committed meanwhile (an entity
     * or article text another partition added first), which a repeatable-read snapshot would hide.
     */
    private static DefaultTransactionAttribute readCommitted() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }

    /**
     * Links near duplicates once every partition has loaded and indexed its articles, so that two similar
     * articles loaded at the same time by different partitions still find each other. Only the queued
     * articles are read; the band keys were written by the partitions.
     */
    @Bean
    Step linkNearDuplicatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcPagingItemReader<ArticleSignature> queuedArticleReader, NearDuplicateLinker nearDuplicateLinker,
            ImportProperties properties, DataSource dataSource) {
        return new StepBuilder("linkNearDuplicatesStep", jobRepository)
                .<ArticleSignature, ArticleSignature>chunk(properties.linkChunkSize())
                .transactionManager(transactionManager)
                .reader(queuedArticleReader)
                .writer(nearDuplicateLinker)
                .listener(new TableStatisticsRefresh(dataSource, "article_link_queue", "fact_article_band", "fact_article"))
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    ImportProgress importProgress(JdbcTemplate jdbcTemplate, ImportProperties properties) {
        return new ImportProgress(jdbcTemplate, properties.progressInterval(), ImportProgress.interactiveTerminal());
    }

    @Bean
    @StepScope
    FileRangePartitioner fileRangePartitioner(JdbcTemplate jdbcTemplate,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
            @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        return new FileRangePartitioner(jdbcTemplate, jobInstanceId, jobExecutionId);
    }

    @Bean
    ThreadPoolTaskExecutor extractExecutor(ImportProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.extractThreads());
        executor.setMaxPoolSize(properties.extractThreads());
        executor.setThreadNamePrefix("extract-");
        executor.setTaskDecorator(ExecutionLogContext.propagating());
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    @StepScope
    FileRegistrationTasklet fileRegistrationTasklet(JdbcTemplate jdbcTemplate, ImportProperties properties,
            @Value("#{jobParameters['" + ImportParameters.INPUT + "']}") String input) {
        return new FileRegistrationTasklet(jdbcTemplate, Path.of(input), properties.followLinks());
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<RegisteredFile> pendingFileReader(DataSource dataSource, ImportProperties properties,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
            @Value("#{stepExecutionContext['" + FileRangePartitioner.MIN_FILE_ID + "']}") long minFileId,
            @Value("#{stepExecutionContext['" + FileRangePartitioner.MAX_FILE_ID + "']}") long maxFileId) throws Exception {
        // The process indicator pattern: a file's row leaves PENDING in the transaction that writes its
        // article, so the rows still PENDING are exactly the work left. A restart reads them afresh rather
        // than from a saved position, which would skip files when the chunk size changed in between.
        return new JdbcPagingItemReaderBuilder<RegisteredFile>()
                .name("pendingFileReader")
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("SELECT file_id, file_path, size_bytes")
                .fromClause("FROM fact_file")
                .whereClause("WHERE job_instance_id = :jobInstanceId AND status = 'PENDING' AND file_id BETWEEN :minFileId AND :maxFileId")
                .parameterValues(Map.of("jobInstanceId", jobInstanceId, "minFileId", minFileId, "maxFileId", maxFileId))
                .sortKeys(Map.of("file_id", Order.ASCENDING))
                .pageSize(properties.chunkSize())
                .rowMapper((rs, i) -> new RegisteredFile(rs.getLong("file_id"), rs.getString("file_path"), rs.getLong("size_bytes")))
                .build();
    }

    @Bean
    @StepScope
    ArticleFileProcessor articleFileProcessor(ArticleExtractor articleExtractor, ImportProperties properties, DataSource dataSource,
            @Value("#{jobParameters['" + ImportParameters.INPUT + "']}") String input) {
        return new ArticleFileProcessor(articleExtractor, new InputFolder(Path.of(input), properties.followLinks()),
                properties.maxFileSize().toBytes(), StatementSizeLimit.maxTextBytes(dataSource));
    }

    /** The queued articles, in id order, with their signatures. Like the file reader, it keeps no position: the queue is the work left. */
    @Bean
    @StepScope
    JdbcPagingItemReader<ArticleSignature> queuedArticleReader(DataSource dataSource, ImportProperties properties) throws Exception {
        return new JdbcPagingItemReaderBuilder<ArticleSignature>()
                .name("queuedArticleReader")
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("SELECT article_id, banded, minhash")
                // a derived table keeps the sort key without an alias, which H2's result sets would not resolve
                .fromClause("FROM (SELECT q.article_id, q.banded, a.minhash FROM article_link_queue q "
                        + "JOIN fact_article a ON a.article_id = q.article_id) queued")
                .sortKeys(Map.of("article_id", Order.ASCENDING))
                .pageSize(properties.linkChunkSize())
                .rowMapper((rs, i) -> new ArticleSignature(rs.getLong("article_id"), MinHash.fromBytes(rs.getBytes("minhash")),
                        rs.getBoolean("banded")))
                .build();
    }

    @Bean
    NearDuplicateLinker nearDuplicateLinker(NamedParameterJdbcTemplate jdbcTemplate) {
        return new NearDuplicateLinker(jdbcTemplate);
    }

    @Bean
    @StepScope
    ArticleWarehouseWriter articleWriter(NamedParameterJdbcTemplate jdbcTemplate, NearDuplicateLinker nearDuplicateLinker,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
            @Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
            @Value("#{jobParameters['" + ImportParameters.INPUT + "']}") String input) {
        return new ArticleWarehouseWriter(jdbcTemplate, new SourceKeys(jdbcTemplate),
                new ArticleFactsWriter(jdbcTemplate, new EntityKeys(jdbcTemplate)), nearDuplicateLinker, jobInstanceId, jobExecutionId,
                FileRegistrationTasklet.inputKey(Path.of(input)), Clock.system(ZoneOffset.UTC));
    }

    @Bean
    ArticleExtractor articleExtractor(ImportProperties properties) {
        return ArticlePipeline.of(properties);
    }
}
