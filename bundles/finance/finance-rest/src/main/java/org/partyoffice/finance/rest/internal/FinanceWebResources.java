package org.partyoffice.finance.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the module page's static files ({@code /finance-web} in this bundle) at
 * {@code /office/finance/*}; the longer pattern wins over the shell's {@code /office/*}.
 */
@Component(service = FinanceWebResources.class)
@HttpWhiteboardResource(pattern = "/office/finance/*", prefix = "/finance-web")
public final class FinanceWebResources {
}
