package org.marsad.core.extract.article;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;
import org.marsad.core.text.WordAlternation;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.DataFile;

/**
 * Canonical outlet names with their Arabic and Latin aliases and web domains, from the data file
 * {@code outlets.tsv} beside this class. Names are matched whole, on their normalised key.
 */
public final class OutletRegistry {

    private static final Pattern OUTLET_KIND = Pattern.compile("^" + WordAlternation.of(Lexicon.named("outlet-kind-words").foldedEntries()) + "\\s+");

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byDomain = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, ZoneId> zones = new HashMap<>();

    private OutletRegistry() {
    }

    public static OutletRegistry standard() {
        OutletRegistry registry = new OutletRegistry();
        DataFile.lines(OutletRegistry.class, "outlets.tsv").forEach(line -> registry.add(line.split("\t", -1)));
        DataFile.lines(OutletRegistry.class, "country-time-zones.tsv").forEach(line -> {
            String[] fields = line.split("\t");
            registry.zones.put(fields[0].strip(), ZoneId.of(fields[1].strip()));
        });
        return registry;
    }

    private void add(String[] fields) {
        String canonical = fields[0].strip();
        byKey.put(ArabicMatchKey.of(canonical), canonical);
        if (fields.length > 1) {
            for (String alias : fields[1].split("\\|")) {
                if (!alias.isBlank()) {
                    byKey.put(ArabicMatchKey.of(alias), canonical);
                }
            }
        }
        if (fields.length > 2) {
            for (String domain : fields[2].split("\\|")) {
                if (!domain.isBlank()) {
                    byDomain.put(domain.strip().toLowerCase(Locale.ROOT), canonical);
                }
            }
        }
        if (fields.length > 3 && !fields[3].isBlank()) {
            countries.put(canonical, fields[3].strip());
        }
    }

    /** The country (ISO 3166 alpha-2) the outlet of this canonical name publishes from, if the registry says. */
    public Optional<String> country(String canonicalName) {
        return Optional.ofNullable(canonicalName == null ? null : countries.get(canonicalName));
    }

    /** The time zone of the outlet's readers, from its country, if the registry says. */
    public Optional<ZoneId> timeZone(String canonicalName) {
        return country(canonicalName).map(zones::get);
    }

    /**
     * The canonical name of the outlet called {@code name}, if the registry knows it; a leading kind of
     * outlet ({@code صحيفة}, {@code جريدة}, {@code موقع}, …) is not part of the name.
     */
    public Optional<String> canonical(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = ArabicMatchKey.of(name.replaceAll("[«»\"]", ""));
        String outlet = byKey.get(key);
        if (outlet == null) {
            outlet = byKey.get(OUTLET_KIND.matcher(key).replaceFirst(""));
        }
        return Optional.ofNullable(outlet);
    }

    /** The outlet whose web domain hosts {@code url} (subdomains included). */
    public Optional<String> byUrl(String url) {
        for (String h = host(url); h != null && h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            String outlet = byDomain.get(h);
            if (outlet != null) {
                return Optional.of(outlet);
            }
        }
        return Optional.empty();
    }

    /** The host of a URL, lower case; null for none or a malformed URL. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
