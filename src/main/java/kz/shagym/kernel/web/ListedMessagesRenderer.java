package kz.shagym.kernel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with each message a list item a screen reader can count. PrimeFaces 15
 * writes {@code <li role="alert">} inside the list, and an item whose role is no longer
 * "listitem" breaks the list's structure (WCAG 1.3.1; axe-core's rule "list"). The messages'
 * container already announces them ({@code aria-live="polite"}), so the role is dropped here.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!("role".equals(name) && "alert".equals(value))) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, uiMessages, message, severity, escape);
    }
}
