package org.marsad.jobs.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import org.marsad.core.ArticleExtractor;
import org.marsad.core.ArticleFactsExtractor;
import org.marsad.core.clean.BoilerplateFilter;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.extract.article.ArticleFieldsExtractor;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.model.EntityModel;
import org.marsad.core.read.ArticleFileReader;
import org.marsad.jobs.warehouse.ArticleFactsWriter;
import org.marsad.jobs.warehouse.EntityKeys;
import org.marsad.jobs.warehouse.SourceKeys;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

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
    Job articleImportJob(JobRepository jobRepository, Step registerFilesStep, Step extractArticlesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new ExecutionLogContext())
                .start(registerFilesStep)
                .next(extractArticlesStep)
                .build();
    }

    @Bean
    Step registerFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FileRegistrationTasklet fileRegistrationTasklet) {
        return new StepBuilder("registerFilesStep", jobRepository)
                .tasklet(fileRegistrationTasklet, transactionManager)
                .build();
    }

    @Bean
    Step extractArticlesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcPagingItemReader<RegisteredFile> pendingFileReader, ArticleFileProcessor articleFileProcessor,
            ItemWriter<ImportOutcome> articleWriter, ImportProperties properties, DataSource dataSource, JdbcTemplate jdbcTemplate,
            ThreadPoolTaskExecutor extractExecutor) {
        ImportProgress progress = new ImportProgress(jdbcTemplate, properties.progressInterval(), ImportProgress.interactiveTerminal());
        var step = new StepBuilder("extractArticlesStep", jobRepository)
                .<RegisteredFile, ImportOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(pendingFileReader)
                .processor(articleFileProcessor)
                .writer(new TransientFaultRetryingWriter<>(articleWriter, dataSource,
                        TransientFaultRetryingWriter.transientFaults(properties.writeRetries(), properties.writeRetryDelay())))
                .listener((StepListener) progress);
        // the items of a chunk are extracted in parallel; the chunk is still written in one transaction
        return properties.extractThreads() > 1 ? step.taskExecutor(extractExecutor).build() : step.build();
    }

    @Bean
    ThreadPoolTaskExecutor extractExecutor(ImportProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.extractThreads());
        executor.setMaxPoolSize(properties.extractThreads());
        executor.setThreadNamePrefix("extract-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    @StepScope
    FileRegistrationTasklet fileRegistrationTasklet(JdbcTemplate jdbcTemplate,
            @Value("#{jobParameters['" + ImportParameters.INPUT + "']}") String input) {
        return new FileRegistrationTasklet(jdbcTemplate, Path.of(input));
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<RegisteredFile> pendingFileReader(DataSource dataSource, ImportProperties properties,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) throws Exception {
        // The process indicator pattern: a file's row leaves PENDING in the transaction that writes its
        // article, so the rows still PENDING are exactly the work left. A restart reads them afresh rather
        // than from a saved position, which would skip files when the chunk size changed in between.
        return new JdbcPagingItemReaderBuilder<RegisteredFile>()
                .name("pendingFileReader")
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("SELECT file_id, file_path, size_bytes")
                .fromClause("FROM fact_file")
                .whereClause("WHERE job_instance_id = :jobInstanceId AND status = 'PENDING'")
                .parameterValues(Map.of("jobInstanceId", jobInstanceId))
                .sortKeys(Map.of("file_id", Order.ASCENDING))
                .pageSize(properties.chunkSize())
                .rowMapper((rs, i) -> new RegisteredFile(rs.getLong("file_id"), rs.getString("file_path"), rs.getLong("size_bytes")))
                .build();
    }

    @Bean
    @StepScope
    ArticleFileProcessor articleFileProcessor(ArticleExtractor articleExtractor, ImportProperties properties,
            @Value("#{jobParameters['" + ImportParameters.INPUT + "']}") String input) {
        return new ArticleFileProcessor(articleExtractor, Path.of(input), properties.maxFileSize().toBytes());
    }

    @Bean
    @StepScope
    ArticleWarehouseWriter articleWriter(NamedParameterJdbcTemplate jdbcTemplate,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
            @Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
            @Value("#{jobParameters['" + ImportParameters.INPUT + "']}") String input) {
        return new ArticleWarehouseWriter(jdbcTemplate, new SourceKeys(jdbcTemplate),
                new ArticleFactsWriter(jdbcTemplate, new EntityKeys(jdbcTemplate)), jobInstanceId, jobExecutionId,
                FileRegistrationTasklet.inputKey(Path.of(input)), Clock.system(ZoneOffset.UTC));
    }

    @Bean
    ArticleExtractor articleExtractor(ImportProperties properties) throws IOException {
        EntityModel model = properties.entityModel() == null ? null : EntityModel.load(properties.entityModel());
        return new ArticleExtractor(new ArticleFileReader(CompositeCharsetDetector.standard(), properties.readingLimits()),
                new TextNormalizer(), BoilerplateFilter.standard(), ArticleFieldsExtractor.standard(),
                new ArticleFactsExtractor(EntityGazetteer.standard(), model));
    }
}
