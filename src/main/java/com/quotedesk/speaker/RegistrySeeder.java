package com.quotedesk.speaker;

import com.quotedesk.extraction.Lexicon;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Brings the shipped registry (registry/seed.tsv) into the database at start-up. */
@ApplicationScoped
public class RegistrySeeder {

    private final RegistryService registry;

    public RegistrySeeder(RegistryService registry) {
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent event) {
        registry.seed(Lexicon.readSeed());
    }
}
