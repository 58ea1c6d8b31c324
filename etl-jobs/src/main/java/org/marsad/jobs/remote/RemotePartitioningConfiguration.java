package org.marsad.jobs.remote;

import java.util.List;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote partitioning of the extract step over RabbitMQ (Spring Batch Integration on Spring AMQP): the
 * manager ({@code marsad.workers.mode=remote}) sends each partition as a {@link StepExecutionRequest} on
 * one durable queue; workers ({@code mode=worker}) take one request at a time from it and run
 * {@code extractPartitionStep} against the shared job repository and warehouse. Nothing here is created,
 * and no broker is needed, in the default local mode.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkersProperties.class)
public class RemotePartitioningConfiguration {

    public static final String WORKER_STEP = "extractPartitionStep";

    @Bean
    @ConditionalOnProperty(name = "marsad.workers.mode", havingValue = "remote")
    PartitionHandler extractPartitionHandler(JobRepository jobRepository, DirectChannel partitionRequests, WorkersProperties workers) {
        return new RepositoryPollingPartitionHandler(jobRepository, partitionRequests, WORKER_STEP, workers.partitions(),
                workers.partitionTimeout(), workers.pollInterval());
    }

    @Bean
    @ConditionalOnProperty(name = "marsad.workers.mode", havingValue = "remote")
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    @ConditionalOnProperty(name = "marsad.workers.mode", havingValue = "remote")
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, AmqpTemplate amqpTemplate, WorkersProperties workers) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(workers.queue()))
                .get();
    }

    /**
     * {@code marsad.workers.threads} consumers, each taking one request at a time (prefetch 1) and acknowledging it when
     * its partition has ended, so that a busy worker leaves the queued partitions to free ones.
     */
    @Bean
    @ConditionalOnProperty(name = "marsad.workers.mode", havingValue = "worker")
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, WorkersProperties workers,
            PartitionWorker partitionWorker) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, workers.queue())
                        .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(workers.workerThreads()).acknowledgeMode(AcknowledgeMode.AUTO)
                                .defaultRequeueRejected(false))
                        .messageConverter(requestConverter()))
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    partitionWorker.run(request);
                    return null;
                })
                .get();
    }

    @Bean
    @ConditionalOnProperty(name = "marsad.workers.mode", havingValue = "worker")
    PartitionWorker partitionWorker(JobRepository jobRepository, BeanFactory beanFactory) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
        return new PartitionWorker(jobRepository, handler);
    }

    /** Declared by whichever side connects first; durable, so requests outlive a broker restart. */
    @Bean
    @ConditionalOnExpression("'${marsad.workers.mode:local}' != 'local'")
    Queue partitionQueue(WorkersProperties workers) {
        return new Queue(workers.queue(), true);
    }

    /** Requests travel as serialized Java objects; only the request type may be read back. */
    private static SimpleMessageConverter requestConverter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return converter;
    }
}
