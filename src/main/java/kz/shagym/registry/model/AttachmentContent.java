package kz.shagym.registry.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an attachment, read only when someone opens it. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
