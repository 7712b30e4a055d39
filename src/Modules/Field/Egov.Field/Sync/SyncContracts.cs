using System.ComponentModel;

namespace Egov.Field.Sync;

/// <summary>An upload of inspection results from a device, under the device's id for it (the URL's).</summary>
internal sealed record InspectionUpload(
    [property: Description("The assignment inspected.")] Guid AssignmentId,
    [property: Description("The template code the device filled.")] string? TemplateCode,
    [property: Description("The template version the device filled; an inspection keeps the version it started on.")] int TemplateVersion,
    [property: Description("A stable id of the device (installation), kept with every value.")] string? DeviceId,
    [property: Description("The items recorded since the last upload (or all of them).")] IReadOnlyList<ItemUpload>? Items,
    [property: Description("True to complete the inspection: every item must then be recorded; failed items become orders.")] bool Complete = false,
    [property: Description("Where the device was (WGS 84), when it can tell.")] DevicePosition? Position = null);

/// <summary>One item as the device recorded it.</summary>
internal sealed record ItemUpload(
    [property: Description("The template item's code.")] string? Code,
    [property: Description("pass, fail or not-applicable; for a reading, only not-applicable is taken (the limits decide pass or fail).")] string? Outcome,
    [property: Description("A reading's measured value in the item's unit.")] decimal? Reading,
    [property: Description("The inspector's note.")] string? Note,
    [property: Description("Client ids of the photos taken for it (uploaded through /photos).")] IReadOnlyList<Guid>? Photos,
    [property: Description("When the device recorded it (UTC, the device's clock): the later value of an item wins.")] DateTime RecordedAt);

/// <summary>A position in WGS 84 degrees.</summary>
internal sealed record DevicePosition(double Latitude, double Longitude);

/// <summary>An inspection as the server holds it.</summary>
internal sealed record InspectionState(
    Guid InspectionId, Guid AssignmentId, string TemplateCode, int TemplateVersion, string Status, DateTime? CompletedAt,
    IReadOnlyList<ItemState> Items, IReadOnlyList<string> Superseded);

/// <summary>An item's winning value; <c>Superseded</c> of the answer lists this upload's items that lost to a later one.</summary>
internal sealed record ItemState(
    string Code, string Outcome, decimal? Reading, string? Note, IReadOnlyList<Guid> Photos, DateTime RecordedAt, string RecordedBy, string DeviceId);
