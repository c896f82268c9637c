/** 居民服务门户（issue 8）：用词通俗，按钮大。 */
export const portalZh = {
  pt: {
    name: '居民服务', home: '首页', communities: '我的社区', notices: '公示公告', propose: '我要提议', report: '我要举报', signIn: '登录', signOut: '退出',
    welcome: '您好！在这里可以看社区公告、办事、预约场地、参加志愿活动、提建议、反映问题。', pickCommunity: '请选择您的社区', grids: '本社区的网格', seeNotices: '看本社区的公示公告',
    seePowerList: '看本社区的权力清单', bigFont: '大字', highContrast: '高对比', signInTitle: '居民登录', byPassword: '手机号 + 密码', byCode: '手机验证码',
    phone: '手机号', password: '密码', code: '验证码', sendCode: '获取验证码', codeSent: '验证码已发送，{{n}} 分钟内有效', resend: '{{n}} 秒后可重新获取',
    signedIn: '登录成功', needSignIn: '提建议需要先登录', signedInAs: '您好，{{name}}', noNotices: '暂时没有公告', chooseForNotices: '请选择社区查看公告',
    requests: '我要办事', bookings: '预约场地', volunteer: '志愿活动', certificates: '证书查验',
    bookRoom: '预约本社区的活动室', seeActivities: '看本社区的志愿活动',
    chooseForActivities: '请选择社区查看志愿活动', activities: '志愿活动', noActivities: '近期没有志愿活动', activityWhen: '时间：{{date}}',
    activityWhere: '地点：{{place}}', activityTeam: '组织：{{team}}', activityPlaces: '已报名 {{n}} 人，共 {{cap}} 个名额', signUp: '我要报名',
    signedUpOk: '报名成功', full: '名额已满', otherCommunity: '只能报名自己社区的活动',
    signInToJoin: '想报名参加？请先登录。', signInNow: '登录后报名',
    myVolunteer: '我的志愿服务', myVolunteerLink: '看我的服务时长、星级和证书', seeAllActivities: '看可以报名的志愿活动',
    needVolunteer: '报名需要志愿者身份。请到社区党群服务中心，或联系社区工作人员，登记成为志愿者；登记后重新登录，就能在这里报名。',
  },
};
