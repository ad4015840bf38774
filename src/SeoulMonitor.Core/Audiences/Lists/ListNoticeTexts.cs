namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>The first notice version (Korean) the seeder gives each list, by regime.</summary>
public static class ListNoticeTexts
{
    /// <summary>The notice of a list named <paramref name="nameKo"/> under <paramref name="regime"/>.</summary>
    public static ListNoticeDraft For(string nameKo, ListKind kind, ConsentRegime regime)
    {
        var purpose = kind == ListKind.DisasterNotice
            ? $"{nameKo} 발송: 화재·재난 예방 안내 및 안전 정보 제공"
            : regime == ConsentRegime.Advertising
                ? $"{nameKo} 발송: 공연·행사 및 유료 프로그램 홍보(광고성 정보)"
                : $"{nameKo} 발송: 서울시 시정 소식 및 정책 홍보";
        var retention = regime switch
        {
            ConsentRegime.PolicyCustomer => "동의한 날부터 2년. 2년마다 재동의를 받으며, 재동의하지 않으면 발송을 멈추고 5일 이내에 개인정보를 파기합니다. 동의를 철회하면 지체 없이 파기합니다.",
            ConsentRegime.Advertising => "동의를 철회할 때까지. 2년마다 수신동의 여부를 확인하여 안내합니다. 동의를 철회하면 지체 없이 파기합니다.",
            _ => "동의를 철회할 때까지. 동의를 철회하면 지체 없이 파기합니다.",
        };
        return new ListNoticeDraft(
            purpose,
            "필수: 이메일 주소 또는 휴대전화 번호(선택한 수신 방법). 선택: 거주 자치구, 관심 분야 등 직접 입력한 항목. 증빙: 동의 일시, 접속 IP, 브라우저 정보",
            retention,
            "귀하는 개인정보 수집·이용에 동의하지 않을 권리가 있습니다.",
            $"동의하지 않으면 {nameKo}을(를) 받을 수 없습니다. 그 밖의 서비스 이용에는 불이익이 없습니다.");
    }
}
