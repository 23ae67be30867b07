import Domain
import Foundation

/// Every label of the pages, in Chinese and English. A template reads them as `{{t.key}}`.
enum Strings {
    static func table(_ language: TextLanguage) -> [String: String] {
        language == .zh ? zhWithStatuses : enWithStatuses
    }

    /// The sentence `key` in `language` with `{1}`, `{2}`, … filled from `values`.
    static func text(_ key: String, in language: TextLanguage, _ values: String...) -> String {
        values.enumerated().reduce(table(language)[key] ?? key) { text, value in
            text.replacingOccurrences(of: "{\(value.offset + 1)}", with: value.element)
        }
    }

    /// The case statuses' names come from the domain, as `status.<code>`, beside the others'.
    private static let zhWithStatuses = zh.merging(CaseStatus.allCases.map { ("status." + $0.rawValue, $0.name(in: .zh)) }) { mine, _ in mine }
    private static let enWithStatuses = en.merging(CaseStatus.allCases.map { ("status." + $0.rawValue, $0.name(in: .en)) }) { mine, _ in mine }

    static let en: [String: String] = [
        "product": "Fengqiao", "tagline": "Expert matching and scheduling for difficult disputes",
        "login": "Log in", "logout": "Log out", "username": "Username", "password": "Password",
        "loginFailed": "The username or password is wrong, or the user is inactive.",
        "formExpired": "The form had expired or came from elsewhere; please try again.",
        "home": "Home", "queue": "Queue", "welcome": "Welcome",
        "queueTitle": "Open cases by priority and deadline", "queueEmpty": "No open cases.",
        "case": "Case", "type": "Type", "difficulty": "Difficulty", "status": "Status", "community": "Community",
        "opened": "Opened", "deadline": "Deadline", "overdue": "Overdue", "priority": "Priority",
        "signedInAs": "Signed in as", "homeCoordinator": "Work the queue of open cases: recommend and confirm panels, then book their sessions.",
        "homeExpert": "Your offers, assignments and calendar will appear here.",
        "homeAdministrator": "Weights, users, reports and the audit log will appear here; the queue is open to you too.",
        "summary": "Summary", "triage": "Triage", "panel": "Panel", "recommended": "Recommended panel", "seat": "Seat", "role": "Role",
        "expert": "Expert", "score": "Score", "alternates": "Alternates", "held": "holds the seat", "nobodyEligible": "Nobody eligible",
        "eligible": "eligible", "weightsVersion": "weights v", "confirm": "Confirm the panel (send the offers)",
        "override": "Override a seat", "reason": "Reason", "submit": "Submit", "whyNot": "Why not…?", "ask": "Ask",
        "schedule": "Scheduling options", "book": "Book", "noPanel": "Assign a panel first; then the times it can meet appear here.",
        "sessions": "Sessions", "when": "When", "venue": "Venue", "doneAssigned": "The offers were sent.",
        "doneOverridden": "The seat was offered to your choice.", "doneBooked": "The session was booked.", "toFillIt": "; to fill it, ",
        "http400": "The form could not be read", "http401": "Please log in", "http403": "Not allowed", "http404": "Not found",
        "http409": "Not possible now", "http422": "Please check the form", "http500": "Something went wrong",
        "noSuchPage": "There is no page at this address. Follow a link from the menu, or go back to the start.",
        "forbiddenFor": "This page is for {1} only.", "or": " or ",
        "weightNotNumber": "The weight of {1} must be a number; \"{2}\" was given.", "chooseRole": "Choose a role.",
        "cannotSwitchOffSelf": "You cannot switch off your own login.",
        "overrideNeedsReason": "Choosing an expert by hand needs a reason.", "activateNeedsReason": "Activating a version needs a reason.",
        "myOffers": "My offers", "myAssignments": "My assignments", "myCalendar": "My calendar", "myAvailability": "My availability",
        "noOffers": "No offers wait for your answer.", "offered": "offered", "accept": "Accept", "decline": "Decline",
        "declineReason": "Reason for declining", "declineNeedsReason": "Declining needs a reason.",
        "doneAccepted": "You accepted the offer.", "doneDeclined": "You declined; the seat goes to the next expert.",
        "weekOf": "week of", "previousWeek": "previous week", "thisWeek": "this week", "nextWeek": "next week",
        "subscribe": "Subscribe in your calendar app",
        "subscribeHelp": "A private link to your sessions as an iCalendar feed; it shows the case type and place, never the parties.",
        "makeLink": "Make a subscription link", "linkOnce": "Copy it now: it is shown only once.",
        "weeklyHours": "Weekly hours", "exceptions": "Changes on particular days", "leave": "Leave", "noLeave": "No leave ahead.", "leaveFrom": "First day",
        "leaveThrough": "Last day", "addLeave": "Record leave", "doneLeave": "Your leave is recorded; the coordinators move any session it breaks.",
        "leaveDays": "Give a first and a last day, the last not before the first.",
        "weights": "Weights", "users": "Users", "auditLog": "Audit log", "reports": "Reports", "versions": "Versions",
        "active": "active", "replay": "Replay", "activate": "Activate", "replayOf": "What if", "lastClosed": "last closed cases",
        "changedSeats": "Seats that change expert", "meanScore": "Mean panel score", "worstScore": "Worst panel score",
        "emptySeats": "Empty seats", "loadHistogram": "Seats per expert over the replay (how many experts got each number)",
        "changedAssignments": "Changed assignments", "before": "Active", "after": "Candidate", "newVersion": "A new version",
        "name": "Name", "note": "Note", "saveAndReplay": "Save (not active) and replay", "doneActivated": "The version is active.",
        "addUser": "Add a user", "switchOff": "Switch off", "switchOn": "Switch on", "doneUserAdded": "The user was added.",
        "doneUserChanged": "The user was changed; their sessions and tokens end at once.",
        "chainIntact": "The hash chain is intact", "chainBroken": "The hash chain breaks at event", "actor": "Who",
        "action": "What", "record": "Record", "older": "Older events",
        "hotspots": "Hotspots", "bySubdistrict": "by subdistrict", "byCommunity": "by community", "area": "Area", "cases": "Cases",
        "hotspotsByArea": "Cases opened per month in the five busiest areas", "hotspotsByType": "Cases opened per month by dispute type (top five)",
        "expertLoad": "Expert load", "meanUtilisation": "Mean utilisation", "atCapacity": "at capacity", "openSeats": "Open seats",
        "upcoming": "Sessions in 14 days", "loadChart": "Experts by utilisation", "experts": "experts",
        "outcomes": "Outcomes and satisfaction", "closedCases": "Closed", "settledRate": "Settled", "satisfiedRate": "Satisfied",
        "daysToClose": "days to close", "outcomeChart": "Settled and satisfied, per month (%)",
        "batch": "Assign the queue", "batchFilled": "Seats filled", "batchCommit": "Send all these offers",
        "batchPlan": "The plan (preview: nothing is stored yet)", "batchEmpty": "Seats left empty, and why",
        "batchStored": "Offers sent:", "page404": "There is no such page.", "pageError": "Something went wrong",
        "status.offered": "offered", "status.accepted": "accepted",
        "status.declined": "declined", "status.expired": "expired", "status.released": "released", "status.proposed": "proposed",
        "status.confirmed": "confirmed", "status.cancelled": "cancelled", "status.held": "held",
    ]


    static let zh: [String: String] = [
        "product": "枫桥", "tagline": "疑难纠纷专家匹配与排期",
        "login": "登录", "logout": "退出", "username": "用户名", "password": "密码",
        "loginFailed": "用户名或密码错误，或该用户已停用。",
        "formExpired": "表单已过期或来源不明，请重试。",
        "home": "首页", "queue": "待办队列", "welcome": "欢迎",
        "queueTitle": "按优先级和期限排列的在办案件", "queueEmpty": "没有在办案件。",
        "case": "案件", "type": "类型", "difficulty": "难度", "status": "状态", "community": "社区",
        "opened": "受理日期", "deadline": "期限", "overdue": "已超期", "priority": "优先级",
        "signedInAs": "当前用户", "homeCoordinator": "处理在办案件队列：推荐并确认调解小组，再安排调解会议。",
        "homeExpert": "您的邀请、承办案件和日程将显示在这里。",
        "homeAdministrator": "权重、用户、报表和审计日志将显示在这里；您也可以查看待办队列。",
        "summary": "案情", "triage": "分级依据", "panel": "调解小组", "recommended": "推荐小组", "seat": "席位", "role": "角色",
        "expert": "专家", "score": "得分", "alternates": "备选", "held": "已在席", "nobodyEligible": "无合格人选",
        "eligible": "人合格", "weightsVersion": "权重版本 v", "confirm": "确认小组（发出邀请）",
        "override": "人工指定席位", "reason": "理由", "submit": "提交", "whyNot": "为什么不是…？", "ask": "查询",
        "schedule": "排期选项", "book": "预约", "noPanel": "请先确定调解小组，之后这里会显示可安排的时间。",
        "sessions": "调解会议", "when": "时间", "venue": "地点", "doneAssigned": "邀请已发出。",
        "doneOverridden": "该席位已邀请您指定的专家。", "doneBooked": "会议已预约。", "toFillIt": "；补足办法：",
        "http400": "无法读取表单", "http401": "请先登录", "http403": "无权操作", "http404": "未找到",
        "http409": "暂时无法完成", "http422": "请检查填写的内容", "http500": "系统出错",
        "noSuchPage": "这个地址没有页面。请从菜单中的链接进入，或返回首页。",
        "forbiddenFor": "此页面仅供{1}使用。", "or": "或",
        "weightNotNumber": "{1}的权重须为数字，填写的是“{2}”。", "chooseRole": "请选择角色。",
        "cannotSwitchOffSelf": "不能停用您自己的登录账号。",
        "overrideNeedsReason": "人工指定专家需要填写理由。", "activateNeedsReason": "启用权重版本需要填写理由。",
        "myOffers": "我的邀请", "myAssignments": "我承办的案件", "myCalendar": "我的日程", "myAvailability": "我的可用时间",
        "noOffers": "没有待答复的邀请。", "offered": "邀请日期", "accept": "接受", "decline": "谢绝",
        "declineReason": "谢绝理由", "declineNeedsReason": "谢绝需要填写理由。",
        "doneAccepted": "您已接受邀请。", "doneDeclined": "您已谢绝，该席位将邀请下一位专家。",
        "weekOf": "周", "previousWeek": "上一周", "thisWeek": "本周", "nextWeek": "下一周",
        "subscribe": "在日历应用中订阅",
        "subscribeHelp": "您的调解会议的私人 iCalendar 订阅链接，只显示案件类型和地点，不含当事人信息。",
        "makeLink": "生成订阅链接", "linkOnce": "请立即复制：该链接只显示一次。",
        "weeklyHours": "每周可用时间", "exceptions": "特定日期的调整", "leave": "请假", "noLeave": "近期没有请假。", "leaveFrom": "开始日期",
        "leaveThrough": "结束日期", "addLeave": "登记请假", "doneLeave": "请假已登记，协调员会调整受影响的会议。",
        "leaveDays": "请填写开始和结束日期，结束日期不早于开始日期。",
        "weights": "匹配权重", "users": "用户", "auditLog": "审计日志", "reports": "报表", "versions": "版本",
        "active": "使用中", "replay": "回放", "activate": "启用", "replayOf": "假设启用", "lastClosed": "最近已结案件数",
        "changedSeats": "更换专家的席位", "meanScore": "小组平均得分", "worstScore": "小组最低得分",
        "emptySeats": "空缺席位", "loadHistogram": "回放期间每位专家的席位数（获得各席位数的专家人数）",
        "changedAssignments": "变化的指派", "before": "现用", "after": "候选", "newVersion": "新建版本",
        "name": "名称", "note": "说明", "saveAndReplay": "保存（暂不启用）并回放", "doneActivated": "该版本已启用。",
        "addUser": "添加用户", "switchOff": "停用", "switchOn": "启用", "doneUserAdded": "用户已添加。",
        "doneUserChanged": "用户已更改，其会话和令牌立即失效。",
        "chainIntact": "哈希链完整", "chainBroken": "哈希链断开于事件", "actor": "操作人",
        "action": "操作", "record": "记录", "older": "更早的事件",
        "hotspots": "纠纷热点", "bySubdistrict": "按街道", "byCommunity": "按社区", "area": "地区", "cases": "案件数",
        "hotspotsByArea": "最忙的五个地区每月受理案件数", "hotspotsByType": "各类纠纷每月受理案件数（前五类）",
        "expertLoad": "专家负荷", "meanUtilisation": "平均负荷率", "atCapacity": "满负荷", "openSeats": "在办席位",
        "upcoming": "14天内会议", "loadChart": "按负荷率统计的专家人数", "experts": "专家",
        "outcomes": "调解结果与满意度", "closedCases": "结案", "settledRate": "调解成功", "satisfiedRate": "满意",
        "daysToClose": "平均结案天数", "outcomeChart": "每月调解成功率与满意率（%）",
        "batch": "批量指派", "batchFilled": "已安排席位", "batchCommit": "发出全部邀请",
        "batchPlan": "方案（预览：尚未保存）", "batchEmpty": "空缺席位及原因",
        "batchStored": "已发出邀请：", "page404": "没有这个页面。", "pageError": "出错了",
        "status.offered": "待答复", "status.accepted": "已接受",
        "status.declined": "已谢绝", "status.expired": "已过期", "status.released": "已释放", "status.proposed": "拟定",
        "status.confirmed": "已确认", "status.cancelled": "已取消", "status.held": "已举行",
    ]

}
