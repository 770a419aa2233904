package ${package}.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of ${moduleTitle}. Every change is audited and published as an event
 * ({@link ${moduleClass}Events}); bad input is an {@code InvalidInputException} naming the field.
 */
@ProviderType
public interface ${moduleClass}Service {

    /** The longest title accepted. */
    int MAX_TITLE = 500;

    /** Records an entry for the unit; {@code title} is required, at most {@link #MAX_TITLE} characters. */
    ${moduleClass}Entry add(long unitId, String title);

    /** The unit's entries, newest first. */
    List<${moduleClass}Entry> list(long unitId);

    Optional<${moduleClass}Entry> find(long id);
}
