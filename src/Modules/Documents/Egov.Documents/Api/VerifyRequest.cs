using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Egov.Documents.Api;

/// <summary>One way of presenting a document: exactly one of the fields.</summary>
internal sealed record VerifyRequest(
    [property: Description("The document number printed on it (16 digits; spaces and dashes are ignored).")] string? Number,
    [property: Description("The text of its QR code (EGOV1:…).")] string? Qr,
    [property: Description("Its verifiable credential (VC-JWT).")] string? Credential,
    [property: Description("The signed PDF, base64-encoded (or post it as multipart/form-data field 'pdf').")] string? Pdf);

/// <summary>The answer: <c>valid</c>, <c>revoked</c>, <c>expired</c>, <c>tampered</c> or <c>unknown</c>, and for a document of this service, what it attests.</summary>
internal sealed record VerifyResponse(string Status, VerifiedDocument? Document);

/// <summary>A document as issued (masked as issued).</summary>
internal sealed record VerifiedDocument(
    string Number, string Type, string Title, DateTimeOffset IssuedAt, DateTimeOffset VerifiableUntil, DateTimeOffset? RevokedAt, JsonObject Facts);
