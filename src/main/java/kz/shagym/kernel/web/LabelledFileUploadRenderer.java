package kz.shagym.kernel.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple file upload as the browser's own file field, which its label names. PrimeFaces
 * 15 writes {@code aria-hidden="true"} on that field even when it is the only control, hiding
 * a focusable element from screen readers (WCAG 4.1.2; axe-core's rule "aria-hidden-focus").
 * Unskinned, the field is what the clerk uses, so it stays visible to assistive technology.
 */
public class LabelledFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String inputId,
            String style) throws IOException {
        if (fileUpload.isSkinSimple()) {
            super.encodeSimpleInputField(context, fileUpload, clientId, inputId, style);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, inputId, style);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
