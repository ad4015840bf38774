using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Maintenance;

namespace SeoulMonitor.Core.Tests.Audiences.Maintenance;

public sealed class AudienceTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly AudienceTokens Tokens = new(Options.Create(new ConsentMaintenanceOptions { SigningKey = Convert.ToBase64String(new byte[32]) }));

    [Fact]
    public void Read_OwnToken_ValidWithSubject() =>
        Assert.Equal(new AudienceTokenCheck(AudienceTokenStatus.Valid, "42"), Tokens.Read("reconsent", Tokens.Create("reconsent", "42", Now.AddDays(1)), Now));

    [Fact]
    public void Read_AtExpiry_Expired() =>
        Assert.Equal(AudienceTokenStatus.Expired, Tokens.Read("reconsent", Tokens.Create("reconsent", "42", Now), Now).Status);

    [Fact]
    public void Read_OtherPurpose_Forged() =>
        Assert.Equal(AudienceTokenStatus.Forged, Tokens.Read("data-request", Tokens.Create("reconsent", "42", Now.AddDays(1)), Now).Status);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("abc.def")]
    [InlineData("..")]
    public void Read_Garbage_Forged(string? token) => Assert.Equal(AudienceTokenStatus.Forged, Tokens.Read("reconsent", token, Now).Status);

    [Fact]
    public void Read_ChangedSubject_Forged()
    {
        var genuine = Tokens.Create("reconsent", "42", Now.AddDays(1));
        var forged = Tokens.Create("reconsent", "43", Now.AddDays(1)).Split('.')[0] + "." + genuine.Split('.')[1];
        Assert.Equal(AudienceTokenStatus.Forged, Tokens.Read("reconsent", forged, Now).Status);
    }

    [Fact]
    public void Read_OtherKey_Forged()
    {
        var other = new AudienceTokens(Options.Create(new ConsentMaintenanceOptions()));
        Assert.Equal(AudienceTokenStatus.Forged, Tokens.Read("reconsent", other.Create("reconsent", "42", Now.AddDays(1)), Now).Status);
    }

    [Fact]
    public void Read_TooLong_Forged() => Assert.Equal(AudienceTokenStatus.Forged, Tokens.Read("reconsent", new string('a', AudienceTokens.MaxLength + 1), Now).Status);

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64!")]
    public void Validate_BadSigningKey_Fails(string key) =>
        Assert.True(new ConsentMaintenanceOptionsValidator().Validate(null, new ConsentMaintenanceOptions { SigningKey = key }).Failed);

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new ConsentMaintenanceOptionsValidator().Validate(null, new ConsentMaintenanceOptions()).Succeeded);

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public void Validate_ReminderLeadOutOfRange_Fails(int days) =>
        Assert.True(new ConsentMaintenanceOptionsValidator().Validate(null, new ConsentMaintenanceOptions { ReminderLead = TimeSpan.FromDays(days) }).Failed);
}
