namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>The English and Korean names of a state or other user-facing value.</summary>
/// <param name="English">English name.</param>
/// <param name="Korean">Korean name.</param>
public readonly record struct BilingualName(string English, string Korean);
