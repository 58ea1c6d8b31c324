package org.marsad.core.extract.entity.model;

/**
 * Hears how training goes while the model is being trained: OpenNLP's perceptron measures its training
 * accuracy every tenth iteration (the 10th, 20th, …), and says when it ends.
 */
public interface TrainingListener {

    /** Hears nothing. */
    TrainingListener NONE = (iteration, iterations, accuracy) -> { };

    /**
     * A measured iteration over the training events ended.
     *
     * @param iteration  1 for the first
     * @param iterations how many training does at most
     * @param accuracy   the share of training events the model got right in this iteration
     */
    void iterationEnded(int iteration, int iterations, double accuracy);

    /** Training ended: {@code early} when it stopped before the last iteration because the accuracy no longer changed. */
    default void trainingEnded(boolean early) {
    }
}
