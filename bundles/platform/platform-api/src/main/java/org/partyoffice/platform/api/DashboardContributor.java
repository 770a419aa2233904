package org.partyoffice.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Whiteboard: figures a module adds to the home dashboard for the current user. */
@ConsumerType
public interface DashboardContributor {

    /** The module these figures come from. */
    String module();

    /** Figures visible to the current user, labelled in {@code language} ({@code vi} or {@code en}). */
    List<DashboardFigure> figures(String language);
}
