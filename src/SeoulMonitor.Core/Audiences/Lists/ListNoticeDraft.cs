namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>A new consent notice version: all five items are required (each at most <see cref="AudienceLimits.NoticeTextMaxLength"/> characters).</summary>
public sealed record ListNoticeDraft(string? Purpose, string? Items, string? Retention, string? RightToRefuse, string? Consequence);
