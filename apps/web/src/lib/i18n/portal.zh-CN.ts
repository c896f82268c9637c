/** 居民服务门户（issue 8）：用词通俗，按钮大。 */
export const portalZh = {
  pt: {
    name: '居民服务', home: '首页', communities: '我的社区', notices: '公示公告', propose: '我要提议', report: '我要举报', signIn: '登录', signOut: '退出',
    welcome: '您好！在这里可以看社区公告、提建议、反映问题。', pickCommunity: '请选择您的社区', grids: '本社区的网格', seeNotices: '看本社区的公示公告',
    seePowerList: '看本社区的权力清单', bigFont: '大字', highContrast: '高对比', signInTitle: '居民登录', byPassword: '手机号 + 密码', byCode: '手机验证码',
    phone: '手机号', password: '密码', code: '验证码', sendCode: '获取验证码', codeSent: '验证码已发送，{{n}} 分钟内有效', resend: '{{n}} 秒后可重新获取',
    signedIn: '登录成功', needSignIn: '提建议需要先登录', signedInAs: '您好，{{name}}', noNotices: '暂时没有公告', chooseForNotices: '请选择社区查看公告',
  },
};
