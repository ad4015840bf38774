using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Monitors;

/// <summary>An application form parsed and normalised.</summary>
internal sealed record ApplicantData(string Name, DateOnly BirthDate, string Email, string Mobile, District District, Guid ConsentNoticeId)
{
    public static Result<ApplicantData> Parse(ApplicationForm form, RegionCatalog regions, DateOnly today)
    {
        const string entity = ApplicationLifecycle.Entity;
        var name = MonitorInput.Name(entity, form.Name);
        if (!name.IsSuccess)
        {
            return name.Error;
        }

        var birth = MonitorInput.BirthDate(entity, form.BirthDate, today);
        if (!birth.IsSuccess)
        {
            return birth.Error;
        }

        var email = MonitorInput.Email(entity, form.Email);
        if (!email.IsSuccess)
        {
            return email.Error;
        }

        var mobile = MonitorInput.Mobile(entity, form.Mobile);
        if (!mobile.IsSuccess)
        {
            return mobile.Error;
        }

        var district = MonitorInput.Residence(entity, regions, form.Province, form.District, today);
        if (!district.IsSuccess)
        {
            return district.Error;
        }

        if (!form.ConsentGiven)
        {
            return MonitorErrors.ConsentRequired;
        }

        return Guid.TryParse(form.ConsentNoticeId, out var notice)
            ? new ApplicantData(name.Value, birth.Value, email.Value, mobile.Value, district.Value, notice)
            : MonitorErrors.ConsentNoticeUnknown;
    }

    public string[] Keys => PersonClaims.KeysOf(Name, BirthDate, Email, Mobile);
}
