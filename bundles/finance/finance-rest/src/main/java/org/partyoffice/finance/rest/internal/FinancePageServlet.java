package org.partyoffice.finance.rest.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/** The module's page at {@code /office/finance/}; {@link FinanceWebResources} serves its other files. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("partyoffice-finance-page")
@HttpWhiteboardServletPattern({"/office/finance", "/office/finance/"})
public final class FinancePageServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public FinancePageServlet() {
        super("/office/finance/", "/finance-web/index.html");
    }
}
