/// Every label of the pages, in Chinese and English. A template reads them as `{{t.key}}`.
enum Strings {
    static func table(_ language: PageLanguage) -> [String: String] {
        language == .zh ? zh : en
    }

    private static let en: [String: String] = [
        "product": "Fengqiao", "tagline": "Expert matching and scheduling for difficult disputes",
        "login": "Log in", "logout": "Log out", "username": "Username", "password": "Password",
        "loginFailed": "The username or password is wrong, or the user is inactive.",
        "formExpired": "The form had expired or came from elsewhere; please try again.",
        "home": "Home", "queue": "Queue", "welcome": "Welcome",
        "queueTitle": "Open cases by priority and deadline", "queueEmpty": "No open cases.",
        "case": "Case", "type": "Type", "difficulty": "Difficulty", "status": "Status", "community": "Community",
        "opened": "Opened", "deadline": "Deadline", "overdue": "Overdue", "priority": "Priority",
        "signedInAs": "Signed in as", "roleCoordinator": "Coordinator", "roleExpert": "Expert", "roleAdministrator": "Administrator",
        "homeCoordinator": "Work the queue of open cases: recommend and confirm panels, then book their sessions.",
        "homeExpert": "Your offers, assignments and calendar will appear here.",
        "homeAdministrator": "Weights, users, reports and the audit log will appear here; the queue is open to you too.",
        "difficultyOrdinary": "ordinary", "difficultyDifficult": "difficult", "difficultyMajor": "major",
        "summary": "Summary", "triage": "Triage", "panel": "Panel", "recommended": "Recommended panel", "seat": "Seat", "role": "Role",
        "expert": "Expert", "score": "Score", "alternates": "Alternates", "held": "holds the seat", "nobodyEligible": "Nobody eligible",
        "eligible": "eligible", "weightsVersion": "weights v", "confirm": "Confirm the panel (send the offers)",
        "override": "Override a seat", "reason": "Reason", "submit": "Submit", "whyNot": "Why not…?", "ask": "Ask",
        "schedule": "Scheduling options", "book": "Book", "noPanel": "Assign a panel first; then the times it can meet appear here.",
        "sessions": "Sessions", "when": "When", "venue": "Venue", "doneAssigned": "The offers were sent.",
        "doneOverridden": "The seat was offered to your choice.", "doneBooked": "The session was booked.",
        "term.specialty": "specialty", "term.load": "load", "term.distance": "distance", "term.language": "language",
        "term.track_record": "track record", "term.continuity": "continuity", "term.fairness": "fairness",
        "term.availability": "availability", "term.strain": "strain", "term.community_adviser": "community adviser",
        "role.mediator": "mediator", "role.lawyer": "lawyer", "role.psychologist": "psychologist", "role.panelist": "expert panelist",
    ]


    private static let zh: [String: String] = [
        "product": "枫桥", "tagline": "疑难纠纷专家匹配与排期",
        "login": "登录", "logout": "退出", "username": "用户名", "password": "密码",
        "loginFailed": "用户名或密码错误，或该用户已停用。",
        "formExpired": "表单已过期或来源不明，请重试。",
        "home": "首页", "queue": "待办队列", "welcome": "欢迎",
        "queueTitle": "按优先级和期限排列的在办案件", "queueEmpty": "没有在办案件。",
        "case": "案件", "type": "类型", "difficulty": "难度", "status": "状态", "community": "社区",
        "opened": "受理日期", "deadline": "期限", "overdue": "已超期", "priority": "优先级",
        "signedInAs": "当前用户", "roleCoordinator": "协调员", "roleExpert": "专家", "roleAdministrator": "管理员",
        "homeCoordinator": "处理在办案件队列：推荐并确认调解小组，再安排调解会议。",
        "homeExpert": "您的邀请、承办案件和日程将显示在这里。",
        "homeAdministrator": "权重、用户、报表和审计日志将显示在这里；您也可以查看待办队列。",
        "difficultyOrdinary": "一般", "difficultyDifficult": "疑难", "difficultyMajor": "重大",
        "summary": "案情", "triage": "分级依据", "panel": "调解小组", "recommended": "推荐小组", "seat": "席位", "role": "角色",
        "expert": "专家", "score": "得分", "alternates": "备选", "held": "已在席", "nobodyEligible": "无合格人选",
        "eligible": "人合格", "weightsVersion": "权重版本 v", "confirm": "确认小组（发出邀请）",
        "override": "人工指定席位", "reason": "理由", "submit": "提交", "whyNot": "为什么不是…？", "ask": "查询",
        "schedule": "排期选项", "book": "预约", "noPanel": "请先确定调解小组，之后这里会显示可安排的时间。",
        "sessions": "调解会议", "when": "时间", "venue": "地点", "doneAssigned": "邀请已发出。",
        "doneOverridden": "该席位已邀请您指定的专家。", "doneBooked": "会议已预约。",
        "term.specialty": "专业", "term.load": "负荷", "term.distance": "距离", "term.language": "语言",
        "term.track_record": "以往成效", "term.continuity": "延续性", "term.fairness": "公平", "term.availability": "可用时间",
        "term.strain": "压力", "term.community_adviser": "社区法律顾问",
        "role.mediator": "调解员", "role.lawyer": "律师", "role.psychologist": "心理咨询师", "role.panelist": "专家库成员",
    ]

}
