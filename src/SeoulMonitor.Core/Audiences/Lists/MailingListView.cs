using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>A list as shown to citizens and staff, with its current consent notice and bilingual kind and regime names.</summary>
public sealed record MailingListView(
    Guid Id,
    string Key,
    string NameKo,
    string NameEn,
    ListKind Kind,
    string KindKo,
    ConsentRegime Regime,
    string RegimeKo,
    string? ProvinceCode,
    string? District,
    string? FireStation,
    string? Department,
    bool IsOpen,
    ListNoticeView? Notice)
{
    internal static MailingListView From(MailingList l, ListNoticeView? notice) => new(
        l.Id, l.Key, l.NameKo, l.NameEn, l.Kind, StatusNames.Korean(l.Kind), l.Regime, StatusNames.Korean(l.Regime),
        l.ProvinceCode, l.District, l.FireStation, l.Department, l.IsOpen, notice);
}
