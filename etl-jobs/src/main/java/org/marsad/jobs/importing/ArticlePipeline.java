package org.marsad.jobs.importing;

import java.io.IOException;
import java.nio.file.Path;

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
        EntityModel model = entityModel(properties.entityModel());
        return new ArticleExtractor(reader(properties), new TextNormalizer(), BoilerplateFilter.standard(), ArticleFieldsExtractor.standard(),
                new ArticleFactsExtractor(EntityGazetteer.standard(), model), properties.minWords(), properties.minPageWords());
    }

    /**
     * The entity model the settings name: the one shipped with the product when none is named, none at all for
     * {@code none} (the gazetteers, phrases and title patterns alone), else the model file, read now so that a
     * missing or corrupt file stops the command with one line before any file is read.
     */
    public static EntityModel entityModel(Path setting) {
        if (setting == null) {
            return EntityModel.standard();
        }
        if (setting.toString().equals(NO_MODEL)) {
            return null;
        }
        try {
            return EntityModel.load(setting);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("marsad.import.entity-model " + setting + " could not be read: no such file");
        } catch (IOException | RuntimeException e) {
            // OpenNLP reports a file that is no model as whatever failed first (a missing manifest, a bad zip): say what it means
            throw new IllegalArgumentException("marsad.import.entity-model " + setting + " could not be read: not a model written by train-entities ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** The value of {@code marsad.import.entity-model} that turns the model off. */
    public static final String NO_MODEL = "none";

    /** The reading step alone (formats, charsets, archives, limits), for commands that need the text only. */
    public static ArticleFileReader reader(ImportProperties properties) {
        return new ArticleFileReader(CompositeCharsetDetector.standard(), properties.readingLimits());
    }
}
