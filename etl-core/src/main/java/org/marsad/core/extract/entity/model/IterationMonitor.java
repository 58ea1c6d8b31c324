package org.marsad.core.extract.entity.model;

import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;

/**
 * OpenNLP's training monitor passing each iteration to a {@link TrainingListener} as it ends; OpenNLP's
 * own monitor keeps them until training is over and then logs them all.
 */
final class IterationMonitor implements TrainingProgressMonitor {

    private final TrainingListener listener;
    private final int iterations;
    private boolean finished;

    IterationMonitor(TrainingListener listener, int iterations) {
        this.listener = listener;
        this.iterations = iterations;
    }

    @Override
    public void finishedIteration(int iteration, int correctEvents, int totalEvents, TrainingMeasure measure, double value) {
        listener.iterationEnded(iteration, iterations, totalEvents == 0 ? 0 : (double) correctEvents / totalEvents);
    }

    @Override
    public void finishedTraining(int iterationsAsked, StopCriteria<?> stopCriteria) {
        if (!finished) {
            finished = true;
            // OpenNLP names the criterion only when it stopped training early
            listener.trainingEnded(stopCriteria != null);
        }
    }

    @Override
    public boolean isTrainingFinished() {
        return finished;
    }

    @Override
    public void display(boolean includeIterations) {
        // the listener has heard everything already
    }
}
