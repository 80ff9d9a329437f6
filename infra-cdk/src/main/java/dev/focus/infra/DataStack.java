package dev.focus.infra;

import java.util.ArrayList;
import java.util.List;

import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.QueueDefinition;
import dev.focus.resources.TableDefinition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The stage's stores: the DynamoDB table, and PostgreSQL (Aurora Serverless v2 behind RDS Proxy) in a VPC
 * without NAT gateways by default. Functions that need PostgreSQL join {@link #functionSubnets()} with
 * {@link #databaseClients()}; the VPC endpoints they need (SQS, SES, DynamoDB) follow from their settings.
 */
public final class DataStack extends Stack {

    public static final String DATABASE_NAME = "focus";
    public static final int POSTGRES_PORT = 5432;
    static final String DATABASE_USER = "focus_admin";

    private final Table table;
    private final Vpc vpc;
    private final SubnetSelection functionSubnets;
    private final SecurityGroup databaseClients;
    private final DatabaseCluster database;
    private final DatabaseProxy proxy;

    private DataStack(Construct scope, String id, Builder builder) {
        super(scope, id, StackProps.builder()
                .description("Focus " + builder.config.stage() + ": DynamoDB table, VPC, Aurora PostgreSQL, RDS Proxy")
                .build());
        StageConfig config = builder.config;
        this.table = table(builder.table, config);
        boolean egress = config.natGateways() > 0;
        this.vpc = vpc(config, egress);
        this.functionSubnets = SubnetSelection.builder()
                .subnetType(egress ? SubnetType.PRIVATE_WITH_EGRESS : SubnetType.PRIVATE_ISOLATED).build();
        addEndpoints(builder.functions, builder.queues);
        this.databaseClients = SecurityGroup.Builder.create(this, "DatabaseClients").vpc(vpc)
                .description("Functions that reach PostgreSQL through the RDS Proxy").allowAllOutbound(true).build();
        this.database = database(config);
        this.proxy = database.addProxy("Proxy", DatabaseProxyOptions.builder()
                .dbProxyName(Names.physical(config, "db-proxy"))
                .vpc(vpc).vpcSubnets(functionSubnets)
                .secrets(List.of(database.getSecret()))
                .requireTls(true)
                .borrowTimeout(Duration.seconds(30))
                .build());
        // addProxy already lets the proxy reach the cluster; the functions may reach only the proxy.
        proxy.getConnections().allowFrom(databaseClients, Port.tcp(POSTGRES_PORT), "functions to RDS Proxy");
    }

    public static Builder builder(Construct scope, String id) {
        return new Builder(scope, id);
    }

    public Table table() {
        return table;
    }

    public Vpc vpc() {
        return vpc;
    }

    public SubnetSelection functionSubnets() {
        return functionSubnets;
    }

    public SecurityGroup databaseClients() {
        return databaseClients;
    }

    public DatabaseProxy proxy() {
        return proxy;
    }

    /** The generated master credentials ({@code username}, {@code password}) the proxy authenticates against. */
    public ISecret databaseSecret() {
        return database.getSecret();
    }

    /** Clients connect to the proxy, never to the cluster: the proxy pools connections across Lambda instances. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + proxy.getEndpoint() + ":" + POSTGRES_PORT + "/" + DATABASE_NAME + "?sslmode=require";
    }

    private Table table(TableDefinition definition, StageConfig config) {
        Table created = Table.Builder.create(this, "Table")
                .tableName(definition.name() + "-" + config.stage())
                .partitionKey(stringKey(definition.partitionKey()))
                .sortKey(stringKey(definition.sortKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .timeToLiveAttribute(definition.ttlAttribute().orElse(null))
                .deletionProtection(config.production())
                .removalPolicy(config.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        for (TableDefinition.IndexDefinition index : definition.indexes()) {
            created.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                    .indexName(index.name())
                    .partitionKey(stringKey(index.partitionKey()))
                    .sortKey(stringKey(index.sortKey()))
                    .projectionType(ProjectionType.ALL)
                    .build());
        }
        return created;
    }

    private static Attribute stringKey(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    /**
     * Two AZs. Without NAT gateways the subnets are isolated and the functions reach AWS APIs through VPC
     * endpoints; {@code -c natGateways=1} adds public subnets and a NAT gateway for internet egress
     * (needed to fetch Google's signing keys from a function in the VPC).
     */
    private Vpc vpc(StageConfig config, boolean egress) {
        var subnets = new ArrayList<SubnetConfiguration>();
        if (egress) {
            subnets.add(SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build());
        }
        subnets.add(SubnetConfiguration.builder().name("app")
                .subnetType(egress ? SubnetType.PRIVATE_WITH_EGRESS : SubnetType.PRIVATE_ISOLATED)
                .cidrMask(22).build());
        return Vpc.Builder.create(this, "Vpc")
                .vpcName(Names.physical(config, "vpc"))
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2)
                .natGateways(config.natGateways())
                .subnetConfiguration(subnets)
                .build();
    }

    /** Only the endpoints the functions in the VPC call; interface endpoints cost money per AZ and hour. */
    private void addEndpoints(List<FunctionDefinition> functions, List<QueueDefinition> queues) {
        List<FunctionDefinition> inVpc = functions.stream().filter(FunctionNeeds::database).toList();
        if (inVpc.stream().anyMatch(FunctionNeeds::table)) {
            vpc.addGatewayEndpoint("DynamoDbEndpoint", GatewayVpcEndpointOptions.builder()
                    .service(GatewayVpcEndpointAwsService.DYNAMODB).subnets(List.of(functionSubnets)).build());
        }
        if (inVpc.stream().anyMatch(function -> !FunctionNeeds.queuesSentTo(function, queues).isEmpty())) {
            vpc.addInterfaceEndpoint("SqsEndpoint", InterfaceVpcEndpointOptions.builder()
                    .service(InterfaceVpcEndpointAwsService.SQS).subnets(functionSubnets).privateDnsEnabled(true).build());
        }
        if (inVpc.stream().anyMatch(FunctionNeeds::email)) {
            vpc.addInterfaceEndpoint("SesEndpoint", InterfaceVpcEndpointOptions.builder()
                    .service(InterfaceVpcEndpointAwsService.EMAIL).subnets(functionSubnets).privateDnsEnabled(true).build());
        }
    }

    private DatabaseCluster database(StageConfig config) {
        boolean production = config.production();
        var cluster = DatabaseCluster.Builder.create(this, "Database")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_17_6).build()))
                .writer(ClusterInstance.serverlessV2("writer", ServerlessV2ClusterInstanceProps.builder()
                        .publiclyAccessible(false).build()))
                .serverlessV2MinCapacity(0.5)
                .serverlessV2MaxCapacity(production ? 16 : 2)
                .credentials(Credentials.fromGeneratedSecret(DATABASE_USER))
                .defaultDatabaseName(DATABASE_NAME)
                .storageEncrypted(true)
                .vpc(vpc).vpcSubnets(functionSubnets)
                .backup(BackupProps.builder().retention(Duration.days(production ? 14 : 1)).build())
                .deletionProtection(production)
                .removalPolicy(production ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY);
        if (production) {
            // A reader in the other AZ that Aurora promotes if the writer's AZ fails.
            cluster.readers(List.of(ClusterInstance.serverlessV2("reader", ServerlessV2ClusterInstanceProps.builder()
                    .publiclyAccessible(false).scaleWithWriter(true).build())));
        }
        return cluster.build();
    }

    /** Builds a {@link DataStack}; every value is required. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private StageConfig config;
        private TableDefinition table;
        private List<FunctionDefinition> functions;
        private List<QueueDefinition> queues;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        public Builder config(StageConfig config) {
            this.config = config;
            return this;
        }

        public Builder table(TableDefinition table) {
            this.table = table;
            return this;
        }

        /** All functions: those that need PostgreSQL decide which VPC endpoints exist. */
        public Builder functions(List<FunctionDefinition> functions) {
            this.functions = functions;
            return this;
        }

        public Builder queues(List<QueueDefinition> queues) {
            this.queues = queues;
            return this;
        }

        public DataStack build() {
            Required.present(scope, "DataStack", "a scope");
            Required.present(id, "DataStack", "an id");
            Required.present(config, "DataStack", "a stage config");
            Required.present(table, "DataStack", "a table definition");
            Required.present(functions, "DataStack", "the function definitions");
            Required.present(queues, "DataStack", "the queue definitions");
            return new DataStack(scope, id, this);
        }
    }
}
