namespace Egov.Approvals.Domain;

/// <summary>Where a dispatched document stands at the agency receiving it.</summary>
internal enum DispatchStatus
{
    /// <summary>Arrived (도착): waiting for the records officer to hand it to a department.</summary>
    Received = 0,

    /// <summary>Handed to a department (배부): waiting for that department to register it.</summary>
    Assigned = 1,

    /// <summary>Registered (접수) by the department: it has its receipt number and is the agency's record.</summary>
    Registered = 2,
}

/// <summary>Why a step of receiving was refused.</summary>
internal enum DispatchRefusal
{
    /// <summary>Already registered: nothing changes a registered document.</summary>
    AlreadyRegistered = 1,

    /// <summary>Not yet handed to a department, so nobody can register it.</summary>
    NotAssigned = 2,

    /// <summary>The department is not one of the receiving agency's.</summary>
    ForeignDepartment = 3,
}

/// <summary>
/// An approved document sent to one recipient agency (발송 → 접수). Made in the approval's own transaction, so an
/// approved document never misses a recipient; then the receiving agency's records officer hands it to a department
/// (배부), which registers it (접수) under the agency's yearly receipt number. The sender's sealed PDF is what arrives.
/// </summary>
internal sealed class Dispatch
{
    private Dispatch()
    {
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public string FromAgencyCode { get; private set; } = "";

    public string ToAgencyCode { get; private set; } = "";

    /// <summary>The sender's document number, kept here for the receiving agency's lists.</summary>
    public string DocumentNumber { get; private set; } = "";

    public string Title { get; private set; } = "";

    public DispatchStatus Status { get; private set; }

    public DateTime SentAt { get; private set; }

    public Guid? DepartmentId { get; private set; }

    public string? AssignedByNumber { get; private set; }

    public DateTime? AssignedAt { get; private set; }

    public string? RegisteredByNumber { get; private set; }

    public string? RegisteredByName { get; private set; }

    public DateTime? RegisteredAt { get; private set; }

    public string? ReceiptNumber { get; private set; }

    /// <summary>Bumped by every change: two records officers handing it out at once cannot both win.</summary>
    public int Version { get; private set; }

    public static Dispatch Send(ApprovalDocument document, string toAgency, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Status != DocumentStatus.Approved || document.Number is null)
        {
            throw new InvalidOperationException("Only an approved, numbered document is dispatched.");
        }

        return new Dispatch
        {
            Id = Guid.CreateVersion7(at),
            DocumentId = document.Id,
            FromAgencyCode = document.AgencyCode,
            ToAgencyCode = toAgency,
            DocumentNumber = document.Number,
            Title = document.Title,
            Status = DispatchStatus.Received,
            SentAt = at,
        };
    }

    /// <summary>The records officer hands it to a department of the agency (배부); again, to another, until it is registered.</summary>
    public DispatchRefusal? Assign(Guid departmentId, string departmentAgency, Official by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status == DispatchStatus.Registered)
        {
            return DispatchRefusal.AlreadyRegistered;
        }

        if (departmentAgency != ToAgencyCode)
        {
            return DispatchRefusal.ForeignDepartment;
        }

        DepartmentId = departmentId;
        AssignedByNumber = by.Number;
        AssignedAt = at;
        Status = DispatchStatus.Assigned;
        Version++;
        return null;
    }

    /// <summary>An official of the assigned department registers it (접수) under the receipt number taken for it.</summary>
    public DispatchRefusal? Register(Official by, string receiptNumber, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status != DispatchStatus.Assigned)
        {
            return Status == DispatchStatus.Registered ? DispatchRefusal.AlreadyRegistered : DispatchRefusal.NotAssigned;
        }

        RegisteredByNumber = by.Number;
        RegisteredByName = by.Name;
        RegisteredAt = at;
        ReceiptNumber = receiptNumber;
        Status = DispatchStatus.Registered;
        Version++;
        return null;
    }
}
