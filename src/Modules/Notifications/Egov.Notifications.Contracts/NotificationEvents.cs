namespace Egov.Notifications.Contracts;

/// <summary>The person opened a notice in their inbox for the first time: the read receipt, which a legal notice's sender may need as proof of service.</summary>
/// <param name="NoticeId">The notice.</param>
/// <param name="ResidentId">Its recipient.</param>
/// <param name="Topic">Its topic code.</param>
/// <param name="Priority">Its priority.</param>
/// <param name="At">When it was opened (UTC).</param>
public sealed record NoticeRead(Guid NoticeId, Guid ResidentId, string Topic, NoticePriority Priority, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>An external delivery of a notice gave up after its last attempt; the notice stays in the inbox.</summary>
/// <param name="NoticeId">The notice.</param>
/// <param name="DeliveryId">The failed delivery.</param>
/// <param name="Channel">Which channel failed (<c>email</c>, <c>sms</c>, <c>messenger</c>).</param>
/// <param name="Priority">The notice's priority: a sender of a legal notice may need another way to serve it.</param>
/// <param name="At">When it gave up (UTC).</param>
public sealed record NoticeDeliveryFailed(Guid NoticeId, Guid DeliveryId, string Channel, NoticePriority Priority, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;
