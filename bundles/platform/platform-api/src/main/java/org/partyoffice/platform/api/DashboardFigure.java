package org.partyoffice.platform.api;

/**
 * One figure on the home dashboard.
 *
 * @param key    stable key, e.g. {@code documents.promulgated.month}
 * @param label  label in the requested language
 * @param value  the figure
 * @param group  figures sharing a group are drawn in one chart
 */
public record DashboardFigure(String key, String label, long value, String group) {
}
