using Egov.Platform.Events;

namespace Egov.Field.Contracts;

/// <summary>An inspector completed an inspection: its results are final and its failed items became orders.</summary>
/// <param name="InspectionId">The inspection.</param>
/// <param name="AssignmentId">The assignment it fulfils.</param>
/// <param name="BuildingId">The building inspected (an id of the real-estate register).</param>
/// <param name="AgencyCode">The inspecting agency.</param>
/// <param name="TemplateCode">The checklist used.</param>
/// <param name="TemplateVersion">Its version, the one the inspection started on.</param>
/// <param name="FailedItems">How many items failed.</param>
/// <param name="At">When it was completed (UTC).</param>
public sealed record InspectionCompleted(
    Guid InspectionId, Guid AssignmentId, Guid BuildingId, string AgencyCode, string TemplateCode, int TemplateVersion, int FailedItems, DateTime At) : IIntegrationEvent;

/// <summary>A failed item became a corrective-action order to the building's owners.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="InspectionId">The inspection that found it.</param>
/// <param name="BuildingId">The building.</param>
/// <param name="ItemCode">The checklist item that failed.</param>
/// <param name="DueOn">The last day to correct it (the pack's calendar).</param>
/// <param name="ReinspectionAssignmentId">The re-inspection scheduled after the deadline.</param>
public sealed record CorrectiveOrderIssued(Guid OrderId, Guid InspectionId, Guid BuildingId, string ItemCode, DateOnly DueOn, Guid ReinspectionAssignmentId) : IIntegrationEvent;

/// <summary>An order's deadline passed without the re-inspection finding it corrected: it was escalated.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="BuildingId">The building.</param>
/// <param name="AgencyCode">The agency that issued it.</param>
/// <param name="DueOn">The deadline that passed.</param>
/// <param name="At">When it was escalated (UTC).</param>
public sealed record CorrectiveOrderOverdue(Guid OrderId, Guid BuildingId, string AgencyCode, DateOnly DueOn, DateTime At) : IIntegrationEvent;
