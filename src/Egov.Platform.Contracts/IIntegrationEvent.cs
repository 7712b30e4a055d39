namespace Egov.Platform.Events;

/// <summary>
/// A fact one module announces to others: a past-tense, immutable record carrying ids (<c>ChildBorn</c>,
/// <c>DocumentIssued</c>). Its JSON form is a contract: a breaking change is a new type.
/// </summary>
#pragma warning disable CA1040 // A marker: the dispatcher and the compiler both need to know what may travel.
public interface IIntegrationEvent;
#pragma warning restore CA1040
