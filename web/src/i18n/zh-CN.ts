/** Simplified Chinese: the default language and the source of the key set. */
export const zhCN = {
  app: {
    name: '信访责任管理',
    shortName: '信访',
  },
  nav: {
    home: '首页',
    status: '系统状态',
  },
  header: {
    language: '语言',
    signOut: '退出登录',
  },
  role: {
    petition_officer: '信访室干部',
    township_admin: '乡镇管理员',
    unit_reporter: '单位信息员',
    district_overseer: '区信访局',
    auditor: '审计',
  },
  home: {
    welcome: '欢迎，{{name}}',
    intro: '请从左侧菜单选择要办理的业务。',
    role: '角色',
  },
  health: {
    title: '系统状态',
    ok: '系统运行正常',
    degraded: '存储不可用',
    okDetail: '服务与数据存储均可正常访问。',
    degradedDetail: '服务已启动，但数据存储暂时无法访问，请稍后重试或联系管理员。',
    version: '版本',
    store: '数据存储',
    reachable: '可访问',
    unreachable: '不可访问',
    latency: '存储延迟',
    latencyValue: '{{ms}} 毫秒',
    checkedAt: '检测时间',
    refresh: '刷新',
    loading: '正在检测系统状态…',
    failed: '无法获取系统状态',
    toSignIn: '前往登录',
  },
  signin: {
    title: '登录',
    subtitle: '本地演示环境：选择一位演示用户登录',
    otherGroup: '未分组',
    empty: '暂无可登录的用户',
    loading: '正在加载用户…',
    failed: '无法加载用户列表',
    signingIn: '正在登录…',
    failedSignIn: '登录失败',
    statusLink: '查看系统状态',
  },
  language: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  error: {
    unknown: '发生未知错误',
    network: '无法连接服务器',
    badRequest: '请求内容有误',
    unauthorized: '登录已失效，请重新登录',
    forbidden: '没有权限执行此操作',
    notFound: '请求的资源不存在',
    conflict: '数据已被他人修改，请刷新后重试',
    server: '服务器内部错误',
    http: '请求失败（HTTP {{status}}）',
    requestId: '（请求编号 {{requestId}}）',
    retry: '重试',
    pageNotFound: '页面不存在',
    backHome: '返回首页',
  },
} as const;

/** The same tree with every leaf widened to string: the type other languages must satisfy. */
export type Messages<T = typeof zhCN> = {
  -readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
