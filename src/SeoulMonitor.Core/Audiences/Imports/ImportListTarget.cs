using SeoulMonitor.Core.Audiences.Lists;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>A list a row consents to, with the notice version the consent is recorded against.</summary>
internal sealed record ImportListTarget(MailingList List, Guid NoticeId);
