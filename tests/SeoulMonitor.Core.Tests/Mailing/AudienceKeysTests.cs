using SeoulMonitor.Core.Mailing;

namespace SeoulMonitor.Core.Tests.Mailing;

public sealed class AudienceKeysTests
{
    [Theory]
    [InlineData("monitors", null, null, "monitors")]
    [InlineData(" monitors ", null, null, "monitors")]
    [InlineData("monitors:district=마포구", null, "마포구", "monitors:district=마포구")]
    [InlineData("monitors:district=Mapo-gu", null, "마포구", "monitors:district=마포구")]
    [InlineData("monitors:province=11", "11", null, "monitors:province=11")]
    [InlineData("monitors:district=중구, province=28", "28", "중구", "monitors:province=28,district=중구")]
    public void TryParse_ValidKey_ParsedAndCanonical(string key, string? province, string? district, string canonical)
    {
        var parsed = AudienceKeys.TryParse(key);

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        Assert.Equal((province, district, canonical), (parsed.Value.ProvinceCode, parsed.Value.District, parsed.Value.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("subscribers")]
    [InlineData("Monitors")]
    [InlineData("monitors:")]
    [InlineData("monitors:district=")]
    [InlineData("monitors:district=없는구")]
    [InlineData("monitors:province=99")]
    [InlineData("monitors:age=30")]
    [InlineData("monitors:district=마포구,district=중구")]
    [InlineData("monitors:district")]
    public void TryParse_InvalidKey_RefusedWithAudienceUnknown(string? key)
    {
        var parsed = AudienceKeys.TryParse(key);

        Assert.Equal("campaign.audience.unknown", parsed.Error?.Code);
        Assert.Equal("audience", parsed.Error!.Field);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error.MessageKo));
    }

    [Fact]
    public void TryParse_KeyOverMaxLength_Refused()
    {
        Assert.False(AudienceKeys.TryParse("monitors:district=" + new string('가', AudienceKeys.MaxLength)).IsSuccess);
    }
}

public sealed class SubscriberAudienceKeysTests
{
    [Theory]
    [InlineData("list:seoul-sibo", AudienceKind.List, "list:seoul-sibo")]
    [InlineData("list:seoul-sibo:email", AudienceKind.List, "list:seoul-sibo")]
    [InlineData("list:fire-11-종로구:sms", AudienceKind.List, "list:fire-11-종로구:sms")]
    [InlineData("segment:0f8fad5b-d9cb-469f-a165-70867728950e", AudienceKind.Segment, "segment:0f8fad5b-d9cb-469f-a165-70867728950e")]
    public void TryParse_SubscriberKey_ParsedAndCanonical(string key, AudienceKind kind, string canonical)
    {
        var parsed = AudienceKeys.TryParse(key);

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        Assert.Equal((kind, canonical), (parsed.Value.Kind, parsed.Value.ToString()));
    }

    [Theory]
    [InlineData("list:")]
    [InlineData("list:Seoul")]
    [InlineData("list:a b")]
    [InlineData("list:a:fax")]
    [InlineData("list:a:sms:x")]
    [InlineData("segment:")]
    [InlineData("segment:123")]
    [InlineData("segments:0f8fad5b-d9cb-469f-a165-70867728950e")]
    public void TryParse_BadSubscriberKey_RefusedWithAudienceUnknown(string key) =>
        Assert.Equal("campaign.audience.unknown", AudienceKeys.TryParse(key).Error?.Code);
}
