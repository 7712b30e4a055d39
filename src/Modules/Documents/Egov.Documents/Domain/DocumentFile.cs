namespace Egov.Documents.Domain;

/// <summary>
/// The files of an issued document, kept apart from <see cref="IssuedDocument"/> so that verification, which
/// reads only the facts and status, never loads them: the signed PDF and the verifiable credential, exactly as
/// issued (a signed file cannot be made again byte for byte), for the wallet and for institutions it is sent to.
/// </summary>
internal sealed class DocumentFile
{
    public long Sequence { get; set; }

    public byte[] Pdf { get; set; } = [];

    /// <summary>The VC-JWT.</summary>
    public string Credential { get; set; } = "";
}
