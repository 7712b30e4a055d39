namespace Egov.Documents;

/// <summary>Settings of the Documents module (section <c>Documents</c>).</summary>
internal sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>
    /// The address the public reaches this service at: printed on certificates for /verify and the root of the
    /// issuer's did:web identifier, so it must stay the same for as long as documents are verifiable.
    /// </summary>
    public Uri PublicUrl { get; set; } = new("http://127.0.0.1:5000/");

    /// <summary>
    /// The policy OID the platform's time-stamping authority names in its tokens. An operator sets its own (under
    /// its arc, or a 2.25.&lt;UUID&gt; OID of its own); the default is the Enjoy e-Gov demo policy, a 2.25 OID.
    /// </summary>
    public string TimeStampPolicy { get; set; } = "2.25.159407821260663626649404413620539404490";
}
