package kz.shagym.registry.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A scanned page file of a complaint: its description; the bytes are an {@link AttachmentContent}. */
@Entity
@Table(name = "complaint_attachment")
@NamedQuery(name = "Attachment.ofComplaint",
        query = "select a from Attachment a where a.complaintId = :complaint order by a.id")
public class Attachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    /** The type found in the content: application/pdf, image/jpeg or image/png. */
    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected Attachment() {
    }

    public Attachment(long complaintId, ScannedPages.Scan scan) {
        this.complaintId = complaintId;
        this.fileName = scan.fileName();
        this.mediaType = scan.mediaType();
        this.sizeBytes = scan.content().length;
        this.sha256 = scan.sha256();
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
