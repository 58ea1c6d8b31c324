package org.marsad.jobs.importing;

import java.io.IOException;

import org.marsad.core.ArticleExtractor;
import org.marsad.core.ArticleFactsExtractor;
import org.marsad.core.clean.BoilerplateFilter;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.extract.article.ArticleFieldsExtractor;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.model.EntityModel;
import org.marsad.core.read.ArticleFileReader;

/**
 * The extraction pipeline as the settings ({@code marsad.import.*}) make it, built in this one place
 * for the import, {@code inspect} and the entity commands, so that what {@code inspect} shows of a
 * file is what {@code run} stores: the same reading limits, the same minimum of words, the same model.
 */
public final class ArticlePipeline {

    private ArticlePipeline() {
    }

    /** The whole pipeline: reading, cleaning, fields and facts. */
    public static ArticleExtractor of(ImportProperties properties) {
        EntityModel model;
        try {
            model = properties.entityModel() == null ? null : EntityModel.load(properties.entityModel());
        } catch (IOException | RuntimeException e) {
            // the whole cause in the message: this line is what the operator reads
            throw new IllegalArgumentException("marsad.import.entity-model " + properties.entityModel() + " could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return new ArticleExtractor(reader(properties), new TextNormalizer(), BoilerplateFilter.standard(), ArticleFieldsExtractor.standard(),
                new ArticleFactsExtractor(EntityGazetteer.standard(), model), properties.minWords());
    }

    /** The reading step alone (formats, charsets, archives, limits), for commands that need the text only. */
    public static ArticleFileReader reader(ImportProperties properties) {
        return new ArticleFileReader(CompositeCharsetDetector.standard(), properties.readingLimits());
    }
}
